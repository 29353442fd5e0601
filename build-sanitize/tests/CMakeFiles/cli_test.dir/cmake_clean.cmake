file(REMOVE_RECURSE
  "CMakeFiles/cli_test.dir/cli_test.cc.o"
  "CMakeFiles/cli_test.dir/cli_test.cc.o.d"
  "cli_test"
  "cli_test.pdb"
  "cli_test[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/cli_test.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
