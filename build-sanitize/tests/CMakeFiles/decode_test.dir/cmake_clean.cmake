file(REMOVE_RECURSE
  "CMakeFiles/decode_test.dir/decode_test.cc.o"
  "CMakeFiles/decode_test.dir/decode_test.cc.o.d"
  "decode_test"
  "decode_test.pdb"
  "decode_test[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/decode_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
