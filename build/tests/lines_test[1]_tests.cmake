set(  lines_test_TESTS)
