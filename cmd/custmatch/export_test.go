package main

// Run exposes run to the examples in package main_test.
var Run = run
