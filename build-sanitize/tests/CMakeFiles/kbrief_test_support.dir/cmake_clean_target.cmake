file(REMOVE_RECURSE
  "libkbrief_test_support.a"
)
