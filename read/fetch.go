package read

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/parley-news/parley"
)

// isURL reports an http(s) address given where a path may stand.
func isURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// httpClient is the Reader's client: a deadline on every request, body
// included, and at most maxRedirects redirects.
func (r *Reader) httpClient() *http.Client {
	if r.client != nil {
		return r.client
	}
	timeout := r.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	dialer := &net.Dialer{Timeout: min(timeout, 10*time.Second)}
	r.client = &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   min(timeout, 10*time.Second),
			ResponseHeaderTimeout: timeout,
			MaxIdleConnsPerHost:   4,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			return nil
		},
	}
	return r.client
}

// get fetches u and returns its body, bounded by MaxFetch, to be read and
// closed by the caller, and the URL it ended at after redirects.
func (r *Reader) get(u string) (io.ReadCloser, string, error) {
	resp, err := r.httpClient().Get(u)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err // the URL is already in the item's origin
		}
		return nil, "", err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, "", fmt.Errorf("HTTP %s", resp.Status)
	}
	limit := r.MaxFetch
	if limit <= 0 {
		limit = DefaultMaxFetch
	}
	body := struct {
		io.Reader
		io.Closer
	}{&limitReader{r: resp.Body, n: limit, what: "response size"}, resp.Body}
	return body, resp.Request.URL.String(), nil
}

// fetchInput reads a URL given as an input: a page, a feed, a crawl or a
// gzip of one, told apart by the address's extension, then by content.
func (r *Reader) fetchInput(u string, emit func(parley.Article), fail func(error)) {
	body, final, err := r.get(u)
	if err != nil {
		fail(&ItemError{Origin: u, Err: err})
		return
	}
	defer body.Close()
	name := ""
	if pu, err := url.Parse(final); err == nil {
		name = path.Base(pu.Path)
	}
	r.stream(final, name, body, emit, fail)
}
