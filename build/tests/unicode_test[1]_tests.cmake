set(  unicode_test_TESTS)
