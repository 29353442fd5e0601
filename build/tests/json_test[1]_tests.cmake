set(  json_test_TESTS)
