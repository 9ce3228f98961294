package server

import (
	"net/url"
	"testing"
	"time"
)

// FuzzFilter checks that any query string either fails with a 400's
// message or yields a filter within bounds.
func FuzzFilter(f *testing.F) {
	for _, seed := range []string{"", "limit=10&offset=20", "since=2024-01-01&until=2024-13-01", "party=%27%3B--",
		"limit=-1", "offset=99999999999999999999", "person=" + url.QueryEscape(scriptPayload), "q=a%00b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		flt, err := filter(v)
		if err != nil {
			if _, ok := err.(*badRequest); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		if flt.Limit < 1 || flt.Limit > maxLimit || flt.Offset < 0 || flt.Offset > maxOffset {
			t.Fatalf("out of bounds: %+v", flt)
		}
		for _, d := range []string{flt.Since, flt.Until} {
			if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
				t.Fatalf("bad date %q passed", d)
			}
		}
		if _, err := searchQuery(v); err != nil {
			if _, ok := err.(*badRequest); !ok {
				t.Fatalf("error of type %T", err)
			}
		}
	})
}
