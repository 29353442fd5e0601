set(  layout_test_TESTS)
