
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/lib/back_matter.cc" "lib/CMakeFiles/kbrief_core.dir/back_matter.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/back_matter.cc.o.d"
  "/work/main/lib/blocks.cc" "lib/CMakeFiles/kbrief_core.dir/blocks.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/blocks.cc.o.d"
  "/work/main/lib/decode.cc" "lib/CMakeFiles/kbrief_core.dir/decode.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/decode.cc.o.d"
  "/work/main/lib/document.cc" "lib/CMakeFiles/kbrief_core.dir/document.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/document.cc.o.d"
  "/work/main/lib/flow.cc" "lib/CMakeFiles/kbrief_core.dir/flow.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/flow.cc.o.d"
  "/work/main/lib/footnotes.cc" "lib/CMakeFiles/kbrief_core.dir/footnotes.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/footnotes.cc.o.d"
  "/work/main/lib/front.cc" "lib/CMakeFiles/kbrief_core.dir/front.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/front.cc.o.d"
  "/work/main/lib/furniture.cc" "lib/CMakeFiles/kbrief_core.dir/furniture.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/furniture.cc.o.d"
  "/work/main/lib/inline.cc" "lib/CMakeFiles/kbrief_core.dir/inline.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/inline.cc.o.d"
  "/work/main/lib/join.cc" "lib/CMakeFiles/kbrief_core.dir/join.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/join.cc.o.d"
  "/work/main/lib/json.cc" "lib/CMakeFiles/kbrief_core.dir/json.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/json.cc.o.d"
  "/work/main/lib/layout.cc" "lib/CMakeFiles/kbrief_core.dir/layout.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/layout.cc.o.d"
  "/work/main/lib/lines.cc" "lib/CMakeFiles/kbrief_core.dir/lines.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/lines.cc.o.d"
  "/work/main/lib/sentences.cc" "lib/CMakeFiles/kbrief_core.dir/sentences.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/sentences.cc.o.d"
  "/work/main/lib/text_builder.cc" "lib/CMakeFiles/kbrief_core.dir/text_builder.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/text_builder.cc.o.d"
  "/work/main/lib/unicode.cc" "lib/CMakeFiles/kbrief_core.dir/unicode.cc.o" "gcc" "lib/CMakeFiles/kbrief_core.dir/unicode.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
