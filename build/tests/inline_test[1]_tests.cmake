set(  inline_test_TESTS)
