file(REMOVE_RECURSE
  "CMakeFiles/inline_test.dir/inline_test.cc.o"
  "CMakeFiles/inline_test.dir/inline_test.cc.o.d"
  "inline_test"
  "inline_test.pdb"
  "inline_test[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/inline_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
