module github.com/custmatch/custmatch

go 1.25.0

require (
	github.com/agnivade/levenshtein v1.2.2 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	golang.org/x/text v0.41.0 // indirect
)
