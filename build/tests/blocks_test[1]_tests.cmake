set(  blocks_test_TESTS)
