package messages

// CleanValue exposes the display cleaning of customer values to the external tests (FuzzRender checks
// the text against what the customer is shown, not against the raw bytes).
func CleanValue(s string) string { return clean(s, maxValueRunes) }
