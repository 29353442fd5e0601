file(REMOVE_RECURSE
  "../kbrief"
  "../kbrief.pdb"
  "CMakeFiles/kbrief.dir/cli_io.cc.o"
  "CMakeFiles/kbrief.dir/cli_io.cc.o.d"
  "CMakeFiles/kbrief.dir/json_command.cc.o"
  "CMakeFiles/kbrief.dir/json_command.cc.o.d"
  "CMakeFiles/kbrief.dir/main.cc.o"
  "CMakeFiles/kbrief.dir/main.cc.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/kbrief.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
