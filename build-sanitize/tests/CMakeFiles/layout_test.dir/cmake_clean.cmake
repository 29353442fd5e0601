file(REMOVE_RECURSE
  "CMakeFiles/layout_test.dir/layout_test.cc.o"
  "CMakeFiles/layout_test.dir/layout_test.cc.o.d"
  "layout_test"
  "layout_test.pdb"
  "layout_test[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/layout_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
