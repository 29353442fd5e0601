file(REMOVE_RECURSE
  "CMakeFiles/kbrief_test_support.dir/test_support.cc.o"
  "CMakeFiles/kbrief_test_support.dir/test_support.cc.o.d"
  "libkbrief_test_support.a"
  "libkbrief_test_support.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/kbrief_test_support.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
