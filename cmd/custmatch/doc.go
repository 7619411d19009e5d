// Custmatch compares a merchant's customer records with the ones a payment provider returned, under the
// custmatch matching policy (package match), for whole CSV exports or for one customer.
//
// Usage:
//
//	custmatch batch [flags] [FILE|-]    evaluate every row of a CSV export
//	custmatch compare [flags]           evaluate one merchant/provider pair
//	custmatch serve [flags]             serve compare and batch over HTTP (package serve)
//	custmatch policy [flags]            print the comparison logic in effect (package policy)
//	custmatch messages [flags]          print every customer message variant
//	custmatch version                   print the module and policy versions (also --version)
//	custmatch help [SUBCOMMAND]         print the usage, or a subcommand's text and flags
//
// The command is a thin layer over the library: every decision (status, score, reasons, verdict) comes
// from match.Matcher.Compare, every customer text from messages.Render. Data goes to stdout (or -o),
// diagnostics, rejects, progress, warnings and the summary to stderr. Flags may come before, between or
// after the positional arguments ("--" ends them).
//
// # Flag groups
//
// Policy flags (batch, compare, serve, policy) mirror match.Options: --threshold, --first-threshold,
// --last-threshold, --review-band, --date-order auto|mdy|dmy, --email-deciding, the tolerance toggles
// --no-umlaut-spelling, --no-spacing, --no-extra-names, --no-initials, --no-swapped, --no-split, and
// --transliterate (off by default: a name in Cyrillic or Greek letters is also compared with a Latin
// name through its transliterations, reason transliterated with its scheme, e.g. transliterated:icao).
// --now YYYY-MM-DD fixes the reference date (future dates, two-digit years) so that runs are
// reproducible; it must lie from 1900-01-01 to 2200-12-31.
//
// Message flags (batch, compare, serve, messages) shape the customer message (messages.Options):
// --lang (a BCP 47 tag or an Accept-Language value; a value without a catalog, by messages.HasCatalog,
// gets one warning, on stderr or in serve's log, and English text), --provider-name, --change-url, and
// --date-style iso|long (iso: 1988-04-05, the default; long: the month's name in the customer's
// language, "5. April 1988").
//
// batch alone has the input and output flags (--map, --delimiter, --encoding, --format, -o, --rejects,
// --workers, --progress), --expect, --report and --values; compare has the side flags (--merchant FILE,
// --merchant-first, … and the same for --provider) and --json; serve has the listener flags (--addr,
// --token-file, --tls-cert, --tls-key) and its limits (--max-in-flight, --max-body, --max-line,
// --read-timeout, --write-timeout, --shutdown-timeout); policy and messages have --format (and policy
// its own --lang, the document's language).
//
// --values adds personal data where it was asked for, and only in batch: the raw values in --format
// jsonl, both records of each row --expect lists, and at most three examples per decline and review
// reason in the --report page. It needs one of the three; CSV output never carries raw values.
//
// # Batch
//
// batch reads a CSV file with a header (stdin for - or no file). The default columns are id (optional),
// merchant_first_name, merchant_last_name, merchant_dob, merchant_email, provider_first_name,
// provider_last_name, provider_dob and provider_email; DOBs and emails are optional, other columns are
// ignored, and --map merchant_first_name=FirstName,… maps other header names (header names compare
// case-insensitively after trimming spaces; a column --map names must be in the header, optional or
// not). A UTF-8 BOM, CRLF, LF and CR-only line ends (Excel for Mac) and quoted line breaks are
// handled; --delimiter takes ';', 'tab' or any other single character, and an Excel "sep=;" first line
// sets it unless --delimiter is given (a sep= line without a usable delimiter is a usage error, skipped
// with --delimiter). Input compressed with gzip is recognised by its magic bytes and read member after
// member, as gzip -d reads it (zero bytes after the last member end it); --encoding
// reads windows-1252, iso-8859-1, iso-8859-15 or utf-16 (a byte-order mark, UTF-16 or UTF-8, wins over
// it, and the note says so). A UTF-8 input with bytes that are not UTF-8 gets one hint naming the likely
// encoding, in the first invalid-utf8 reject's note and after the summary; bytes the --encoding cannot
// decode are invalid-utf8 rejects too, never a U+FFFD in a value. A missing required column when the header holds ';' or tabs suggests --delimiter.
//
// The output keeps the input order. CSV (the default) has the columns
//
//	id,decision,failing,first_name_status,first_name_score,first_name_reasons,last_name_status,…,
//	email_status,email_score,email_reasons[,message]
//
// where id is the input id or, without an id column, the 1-based data row number; failing and reasons
// are ;-joined; a score is the computed similarity, 0 to 1 with 4 decimals, of the best-matching forms
// the policy compared (never a bound a length shortcut stood in with), empty when the field was not
// scored (dates and emails are not); message is there with
// --lang (--provider-name and --change-url fill it in; a language without a catalog gets one warning
// on stderr and English text). Cells a spreadsheet would run as a formula (a leading = + - @ tab or CR,
// also after leading control characters such as NUL) get a leading single quote (OWASP CSV injection).
// --format jsonl writes one object per row, {"id":…,"row":N,"decision":…,"policy":…,"failing":[…],
// "fields":[…]}, plus "message" with --lang; without --values the fields carry no merchant and provider
// members at all. JSON output (jsonl and compare --json) escapes invisible format characters (bidi
// controls such as U+202E, zero-width characters) as \uXXXX so a viewer cannot reorder a line.
//
// A data row is a record as encoding/csv delimits it (blank lines are not records). A row with the wrong
// number of fields, broken quoting or invalid UTF-8 is rejected: the physical line where it starts, its
// data row number and a reason code (field-count, quote, bare-quote, invalid-utf8, truncated, parse) go
// to --rejects FILE as CSV line,row,reason,note, or to stderr one line each, and processing continues. Every
// data row ends as exactly one output row or one reject. An unterminated quoted field runs to the end of
// the input, so the rest of the file is one rejected row, and a note on stderr names the lines it spans.
//
// # Truncated input and failures
//
// A file cut short cannot always be told from a complete one, but a file cut inside a row can: it does
// not end with a line break. That last row is rejected as truncated (whatever its field count), so the
// run exits 1; a file cut exactly after a line break looks complete. A row that needs more than 1 MiB
// of input (in practice an unclosed quote in a large file) stops the run with an error instead of
// holding the rest of the input in memory.
//
// The command ignores SIGPIPE: when the output is closed early (custmatch batch big.csv | head), the
// next write fails, the run stops at once and stderr gets one line, "output closed (broken pipe) after
// N rows; stopped, the output is incomplete", with exit status 1 (N data rows reached the output; a
// reader behind a pipe may have consumed fewer). Other write errors read "writing the output: … stopped
// after N rows". After a write error no summary is printed, since it would count rows that never reached
// the output. A missing or unreadable input file, or an output or --rejects path that cannot be created,
// is reported in one line naming the path, with exit status 1.
//
// # Output files and signals
//
// -o, --rejects and --report may not name the input file or each other, nor the file or pipe standard
// output goes to when the rows go there (the report may follow the rows in a pipe), nor the file or
// pipe of standard error; nor may the FILE.partial of one (see below) be the input or another output.
// Paths are compared by file identity (os.SameFile), so a symlink such as /dev/stdout, a hard link, a
// path through a symlinked directory and "..", or another spelling is caught; stdin redirected from a
// file counts as the input. The run then refuses with exit status 2 before creating anything. Each
// output is created before the first row is read (a path that cannot be written, or an existing file
// the process may not write, fails the run at once, with exit status 1, as os.Create would), written to
// a temporary file in its directory and renamed into place once the input was read to its end, so a
// file is never replaced by a half-written one; the mode of a replaced file is kept, and a new file gets
// 0666 less the umask, as with os.Create (a private umask keeps personal data private). An output path
// that is a symbolic link keeps the link: the file it leads to is replaced, and its FILE.partial goes
// next to that file, as a shell's > writes through a link; a link to no file fails the run (exit status
// 1). A device or FIFO
// (/dev/null, a terminal) and a name of one of the process's streams (/dev/stdout, /dev/stderr,
// /dev/fd/N) are written in place, appending, so what a shell's >> or an earlier command put there stays.
// When the reading stops early (a signal, a read error) the old file stays and the rows written, or the
// report of the rows read (which says why the run stopped), are kept as FILE.partial; after a write
// error the temporary file is removed.
//
// The first SIGINT or SIGTERM stops the reading (also while it waits on a slow pipe); the rows already
// read are compared and written, output and rejects flushed, and the summary is followed by
// "SIGINT: interrupted after N rows; the rest of the input was not read". Output rows plus rejects still
// equal N. The exit status is 130 for SIGINT and 143 for SIGTERM. A second signal removes the temporary
// files and exits at once.
//
// # Compare
//
// compare evaluates one pair given by flags (--merchant-first, --merchant-last, --merchant-dob,
// --merchant-email and the same for --provider-…), or read from JSON: --merchant FILE takes a cashier
// Customer Sync response (first_name, last_name, dob, email; a non-zero status is an error), --provider
// FILE a provider payment or capture response (customer.first_name, customer.last_name,
// customer.date_of_birth, customer.email), both read by package payload. A field flag overrides the
// file's value. Broken JSON is never repaired: the error names the file and the line:column. A file must
// be UTF-8 and at most 1 MiB; a name, DOB or email that decodes to U+FFFD (an escaped lone surrogate or
// replacement character) is refused with reason invalid-utf8, the reason a flag value with invalid bytes
// gets in the verdict, instead of reading as U+FFFD and comparing equal to any other damaged name. A
// member that is read and appears twice in its object (also in another letter case) is refused
// (duplicate-key): parsers disagree on which one counts. compare prints the explanation with both values
// (each field's status, score and reasons), or --json the verdict, and with --lang the customer message.
//
// # Serve
//
// serve runs package serve's HTTP service (POST /v1/compare, POST /v1/batch, /healthz, /readyz,
// /metrics, /openapi.json) with the policy flags, --lang/--provider-name/--change-url as the defaults of
// requests that give none, and --date-style for every message.
// Without --token-file or CUSTMATCH_TOKEN it listens on loopback only and answers only a loopback Host
// (421 otherwise); a non-loopback --addr without a token is a usage error. The access log goes to stderr as JSON. SIGTERM or SIGINT shut it down
// gracefully (exit 0; 1 when requests had to be cut off at the end of --shutdown-timeout).
//
// # Exit codes
//
//	0  batch: every row evaluated; compare: approve
//	1  batch: rows rejected; any subcommand: I/O failure (missing or unreadable file, write error,
//	   closed output)
//	2  usage error: bad flag or argument, missing required column, unreadable header, a JSON file that
//	   is not valid JSON of the documented shape
//	3  compare: decline
//	4  compare: review
//	5  batch --expect: some rows differ from their expected decision (rejects, 1, take precedence)
//	130, 143  batch: interrupted by SIGINT or SIGTERM (the rows read were finished and written)
//
// # Expectations and the report
//
// batch --expect checks every row's verdict against its expected_decision column (approve, decline or
// review) and, when present, expected_failing (;-joined fields, empty for none); the rows that differ
// (or whose expectation cannot be read) are listed on stderr by id and row, and the exit status is 5.
// batch --report FILE also writes a self-contained HTML report of the run (package report): decisions,
// failing fields and reasons, score histograms, an exact threshold sweep, the shapes of the dates of
// birth and the tolerance rules the approvals needed; no personal data unless --values.
//
// # Policy and messages
//
// policy prints the comparison logic in effect under the policy flags (package policy; --format md,
// html or json; --lang en or de), for the provider's customer care. messages prints every customer
// message variant (messages.Variants) in one language or all (--lang all, the default), as text or
// --format html, for review and for the provider's acceptance test of the error messages.
//
// # Personal data
//
// Names, dates of birth and emails never appear on stderr: rejects carry line, row and reason code only,
// errors name files, columns, keys and flags, and serve's log holds no value. Batch output carries no
// raw values by default; --values and --lang messages add them because the caller asked. compare prints
// the values of the one customer asked about.
//
// # Performance and concurrency
//
// With --workers N (default: the number of CPUs) one goroutine reads and parses the CSV into batches of
// 512 rows, N goroutines compare and format them, and one goroutine writes them back in input order from
// a reorder buffer. A fixed set of 4×N batches circulates, so memory stays constant whatever the input
// size, a batch is handed on once its rows hold 1 MiB, columns that are not used are dropped as a row
// is read, and no row may span more than 1 MiB of input: memory is bounded in bytes, not rows. Peak
// memory stays well under 200 MB on inputs of millions of rows, and under 150 MB for 3,000 rows of
// 1 MB each (measured in the binary tests). --workers 1 reads, compares and writes in a single goroutine. Progress (rows, rows/s, and the
// share read and an ETA for a regular input file) goes to stderr once a second when stderr is a terminal
// or with --progress always; a summary (rows, approve/decline/review, failing fields ranked, rejected
// rows, elapsed time, rows/s) ends every batch run; the failing fields are counted separately for
// declined and for reviewed rows, as the number of rows each field failed in.
//
// # Version
//
// custmatch version (or --version) prints the module path and version from the build information (with
// the VCS revision of a local build), the Go version, and the policy version every verdict carries.
package main
