file(REMOVE_RECURSE
  "libkbrief_core.a"
)
