file(REMOVE_RECURSE
  "CMakeFiles/unicode_test.dir/unicode_test.cc.o"
  "CMakeFiles/unicode_test.dir/unicode_test.cc.o.d"
  "unicode_test"
  "unicode_test.pdb"
  "unicode_test[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/unicode_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
