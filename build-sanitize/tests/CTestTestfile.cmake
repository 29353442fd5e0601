# CMake generated Testfile for 
# Source directory: /work/main/tests
# Build directory: /work/main/build-sanitize/tests
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-sanitize/tests/unicode_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/decode_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/lines_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/layout_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/join_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/blocks_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/inline_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/document_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/json_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/property_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/corpus_test[1]_include.cmake")
include("/work/main/build-sanitize/tests/cli_test[1]_include.cmake")
add_test([=[schema.samples_validate]=] "/usr/bin/python3" "/work/main/tests/validate_schema.py" "/work/main/build-sanitize/kbrief" "/work/main/docs/kbrief-1.schema.json" "/work/main/samples" "/work/main/../shared/corpus")
set_tests_properties([=[schema.samples_validate]=] PROPERTIES  _BACKTRACE_TRIPLES "/work/main/tests/CMakeLists.txt;36;add_test;/work/main/tests/CMakeLists.txt;0;")
add_test([=[jq.pipeline]=] "/work/main/tests/jq_pipeline.sh" "/work/main/build-sanitize/kbrief" "/work/main/samples")
set_tests_properties([=[jq.pipeline]=] PROPERTIES  _BACKTRACE_TRIPLES "/work/main/tests/CMakeLists.txt;41;add_test;/work/main/tests/CMakeLists.txt;0;")
