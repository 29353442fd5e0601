# CMake generated Testfile for 
# Source directory: /work/main/tests
# Build directory: /work/main/build/tests
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build/tests/unicode_test[1]_include.cmake")
include("/work/main/build/tests/decode_test[1]_include.cmake")
include("/work/main/build/tests/lines_test[1]_include.cmake")
include("/work/main/build/tests/layout_test[1]_include.cmake")
include("/work/main/build/tests/join_test[1]_include.cmake")
include("/work/main/build/tests/blocks_test[1]_include.cmake")
include("/work/main/build/tests/inline_test[1]_include.cmake")
include("/work/main/build/tests/document_test[1]_include.cmake")
include("/work/main/build/tests/json_test[1]_include.cmake")
include("/work/main/build/tests/property_test[1]_include.cmake")
include("/work/main/build/tests/corpus_test[1]_include.cmake")
include("/work/main/build/tests/cli_test[1]_include.cmake")
add_test([=[schema.samples_validate]=] "/root/.pyenv/shims/python3" "/work/main/tests/validate_schema.py" "/work/main/build/kbrief" "/work/main/docs/kbrief-1.schema.json" "/work/main/samples" "/work/main/../shared/corpus")
set_tests_properties([=[schema.samples_validate]=] PROPERTIES  _BACKTRACE_TRIPLES "/work/main/tests/CMakeLists.txt;36;add_test;/work/main/tests/CMakeLists.txt;0;")
add_test([=[jq.pipeline]=] "/work/main/tests/jq_pipeline.sh" "/work/main/build/kbrief" "/work/main/samples")
set_tests_properties([=[jq.pipeline]=] PROPERTIES  _BACKTRACE_TRIPLES "/work/main/tests/CMakeLists.txt;41;add_test;/work/main/tests/CMakeLists.txt;0;")
