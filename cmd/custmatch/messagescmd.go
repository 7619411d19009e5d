package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

const messagesHead = `Usage: custmatch messages [flags]

Prints every customer message variant (each field, several fields, day and month swapped, an invalid
date at the shop and at the provider, email, review, the generic decline) in one language or all, filled
with the provider's sample values (Max / Maximillian, Mustermann / Must, 1988-01-01 / 1988-07-23), for
review and for the provider's acceptance test of the customer error messages. --format html writes one
page that shows each message as a customer sees it.

Exit codes: 0 printed; 1 write error; 2 usage error (bad flag, unsupported language or format).

Flags:
`

// messageItem is one variant rendered in one language.
type messageItem struct {
	lang    language.Tag
	variant messages.Variant
	msg     messages.Message
}

// runMessages implements "custmatch messages".
func runMessages(args []string, stdout, stderr io.Writer) int {
	const name = "custmatch messages"
	var msg messageFlags
	fs := flag.NewFlagSet("messages", flag.ContinueOnError)
	msg.register(fs)
	fs.Lookup("lang").Usage = "language: all, or one of " + messageLanguages()
	fs.Lookup("lang").DefValue = "all"
	msg.lang = "all"
	format := fs.String("format", "text", "output format: text, or html (one page, as customers see the messages)")
	pos, code, ok := parseFlags(fs, args, messagesHead, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, name, fmt.Sprintf("unexpected argument %q", pos[0]))
	}
	if *format != "text" && *format != "html" {
		return usageError(stderr, name, "--format: want text or html")
	}
	langs, err := messageTags(msg.lang)
	if err != nil {
		return usageError(stderr, name, err.Error())
	}
	items := renderVariants(langs, msg.opts)
	w := bufio.NewWriter(stdout)
	if *format == "html" {
		page := make([]messages.PageItem, len(items))
		for i, it := range items {
			page[i] = messages.PageItem{Caption: it.variant.Title, Message: it.msg}
		}
		err = messages.WritePage(w, "Customer messages ("+match.PolicyVersion+")", page, msg.opts)
	} else {
		writeMessagesText(w, items)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	return exitOK
}

// messageTags reads --lang: "all" gives every supported language; a tag gives the supported language it
// names (de-AT gives de). A language without a catalog is an error, not a silent English.
func messageTags(lang string) ([]language.Tag, error) {
	supported := messages.Supported()
	if strings.EqualFold(strings.TrimSpace(lang), "all") {
		return supported, nil
	}
	bad := fmt.Errorf("--lang: want all or one of %s", messageLanguages())
	tag, err := language.Parse(lang)
	if err != nil {
		return nil, bad
	}
	for _, s := range supported {
		if s == tag {
			return []language.Tag{s}, nil
		}
	}
	got := messages.Negotiate(lang)
	gb, _ := got.Base()
	if b, conf := tag.Base(); conf != language.Exact || b != gb {
		return nil, bad
	}
	return []language.Tag{got}, nil
}

// messageLanguages lists the supported languages: "en, de, …".
func messageLanguages() string {
	var names []string
	for _, t := range messages.Supported() {
		names = append(names, t.String())
	}
	return strings.Join(names, ", ")
}

// renderVariants renders every message variant (messages.Variants) in each language with o.
func renderVariants(langs []language.Tag, o messages.Options) []messageItem {
	variants := messages.Variants()
	var out []messageItem
	for _, lang := range langs {
		for _, v := range variants {
			out = append(out, messageItem{lang: lang, variant: v, msg: messages.Render(v.Verdict, lang, o)})
		}
	}
	return out
}

// writeMessagesText writes the items as plain text: per message a heading line with the language,
// variant and key, the variant's description, then the text.
func writeMessagesText(w io.Writer, items []messageItem) {
	for i, it := range items {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "== %s: %s (%s)\n%s\n%s\n", it.lang, it.variant.Name, it.msg.Key, it.variant.Title, it.msg.Text)
	}
}
