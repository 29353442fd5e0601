file(REMOVE_RECURSE
  "CMakeFiles/lines_test.dir/lines_test.cc.o"
  "CMakeFiles/lines_test.dir/lines_test.cc.o.d"
  "lines_test"
  "lines_test.pdb"
  "lines_test[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/lines_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
