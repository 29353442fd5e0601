set(  decode_test_TESTS)
