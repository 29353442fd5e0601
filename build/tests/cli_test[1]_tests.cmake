set(  cli_test_TESTS)
