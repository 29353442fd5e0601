
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/cmd/cli_io.cc" "cmd/CMakeFiles/kbrief.dir/cli_io.cc.o" "gcc" "cmd/CMakeFiles/kbrief.dir/cli_io.cc.o.d"
  "/work/main/cmd/json_command.cc" "cmd/CMakeFiles/kbrief.dir/json_command.cc.o" "gcc" "cmd/CMakeFiles/kbrief.dir/json_command.cc.o.d"
  "/work/main/cmd/main.cc" "cmd/CMakeFiles/kbrief.dir/main.cc.o" "gcc" "cmd/CMakeFiles/kbrief.dir/main.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-sanitize/lib/CMakeFiles/kbrief_core.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
