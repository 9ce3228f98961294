// Package cdp drives a headless Chromium through the DevTools protocol, for
// the server's end-to-end tests. It speaks just enough WebSocket (RFC 6455:
// masked text frames out, unfragmented or fragmented text frames in) to
// avoid a module for it.
package cdp

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"sync"
	"time"
)

// Browser is a running Chromium and a session attached to one page.
type Browser struct {
	cmd  *exec.Cmd
	conn net.Conn
	r    *bufio.Reader
	dir  string

	wmu    sync.Mutex
	mu     sync.Mutex
	next   int
	calls  map[int]chan reply
	events chan Event
	done   chan struct{}
	err    error
}

// Event is a protocol event (method and parameters).
type Event struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

type reply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// Launch starts Chromium at path headless, with a fresh profile, and opens
// a session on a blank page.
func Launch(ctx context.Context, path string) (*Browser, error) {
	dir, err := os.MkdirTemp("", "parley-chromium-")
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir="+dir, "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("chromium: %w", err)
	}
	b := &Browser{cmd: cmd, dir: dir, calls: map[int]chan reply{}, events: make(chan Event, 256), done: make(chan struct{})}
	ws, err := devtoolsURL(stderr)
	if err != nil {
		b.Close()
		return nil, err
	}
	u, _ := url.Parse(ws)
	target, err := pageTarget(u.Host)
	if err != nil {
		b.Close()
		return nil, err
	}
	if err := b.dial(u.Host, target); err != nil {
		b.Close()
		return nil, err
	}
	go b.readLoop()
	return b, nil
}

var wsLine = regexp.MustCompile(`DevTools listening on (ws://\S+)`)

// devtoolsURL waits for Chromium to print its DevTools address, then
// drains the rest of its stderr.
func devtoolsURL(stderr io.Reader) (string, error) {
	sc := bufio.NewScanner(stderr)
	found := make(chan string, 1)
	go func() {
		for sc.Scan() {
			if m := wsLine.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		io.Copy(io.Discard, stderr)
		close(found)
	}()
	select {
	case u, ok := <-found:
		if !ok {
			return "", errors.New("chromium exited without a DevTools address")
		}
		return u, nil
	case <-time.After(30 * time.Second):
		return "", errors.New("chromium printed no DevTools address in 30s")
	}
}

// pageTarget returns the WebSocket path of the first page target.
func pageTarget(host string) (string, error) {
	resp, err := http.Get("http://" + host + "/json/list")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var targets []struct{ Type, WebSocketDebuggerURL string }
	if err := json.NewDecoder(resp.Body).Decode(&targets); err != nil {
		return "", err
	}
	for _, t := range targets {
		if t.Type == "page" {
			u, err := url.Parse(t.WebSocketDebuggerURL)
			if err != nil {
				return "", err
			}
			return u.Path, nil
		}
	}
	return "", errors.New("chromium has no page")
}

// dial opens the WebSocket: an HTTP/1.1 upgrade on a plain connection.
func (b *Browser) dial(host, path string) error {
	conn, err := net.DialTimeout("tcp", host, 10*time.Second)
	if err != nil {
		return err
	}
	key := make([]byte, 16)
	rand.Read(key)
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", path, host, base64.StdEncoding.EncodeToString(key))
	r := bufio.NewReader(conn)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		conn.Close()
		return err
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		conn.Close()
		return fmt.Errorf("websocket upgrade: %s", resp.Status)
	}
	b.conn, b.r = conn, r
	return nil
}

// writeText sends one masked text frame.
func (b *Browser) writeText(p []byte) error {
	b.wmu.Lock()
	defer b.wmu.Unlock()
	hdr := []byte{0x81} // FIN, text
	switch n := len(p); {
	case n < 126:
		hdr = append(hdr, 0x80|byte(n))
	case n <= 0xFFFF:
		hdr = append(hdr, 0x80|126, byte(n>>8), byte(n))
	default:
		hdr = append(hdr, 0x80|127)
		hdr = binary.BigEndian.AppendUint64(hdr, uint64(n))
	}
	var mask [4]byte
	rand.Read(mask[:])
	hdr = append(hdr, mask[:]...)
	masked := make([]byte, len(p))
	for i := range p {
		masked[i] = p[i] ^ mask[i%4]
	}
	_, err := b.conn.Write(append(hdr, masked...))
	return err
}

// readMessage reads one whole message, answering pings and skipping other
// control frames.
func (b *Browser) readMessage() ([]byte, error) {
	var msg []byte
	for {
		var h [2]byte
		if _, err := io.ReadFull(b.r, h[:]); err != nil {
			return nil, err
		}
		fin, op := h[0]&0x80 != 0, h[0]&0x0F
		n := uint64(h[1] & 0x7F)
		switch n {
		case 126:
			var l [2]byte
			if _, err := io.ReadFull(b.r, l[:]); err != nil {
				return nil, err
			}
			n = uint64(binary.BigEndian.Uint16(l[:]))
		case 127:
			var l [8]byte
			if _, err := io.ReadFull(b.r, l[:]); err != nil {
				return nil, err
			}
			n = binary.BigEndian.Uint64(l[:])
		}
		if h[1]&0x80 != 0 {
			return nil, errors.New("websocket: masked frame from server")
		}
		p := make([]byte, n)
		if _, err := io.ReadFull(b.r, p); err != nil {
			return nil, err
		}
		switch op {
		case 0x8:
			return nil, io.EOF
		case 0x9: // ping: answer with a pong carrying the same data
			b.wmu.Lock()
			b.conn.Write(append([]byte{0x8A, 0x80 | byte(len(p)), 0, 0, 0, 0}, p...))
			b.wmu.Unlock()
			continue
		case 0xA:
			continue
		}
		msg = append(msg, p...)
		if fin {
			return msg, nil
		}
	}
}

func (b *Browser) readLoop() {
	defer close(b.done)
	for {
		msg, err := b.readMessage()
		if err != nil {
			b.mu.Lock()
			b.err = err
			b.mu.Unlock()
			return
		}
		var m struct {
			ID int `json:"id"`
			reply
			Event
		}
		if json.Unmarshal(msg, &m) != nil {
			continue
		}
		if m.ID == 0 {
			select {
			case b.events <- m.Event:
			default: // nobody is listening that closely
			}
			continue
		}
		b.mu.Lock()
		c := b.calls[m.ID]
		delete(b.calls, m.ID)
		b.mu.Unlock()
		if c != nil {
			c <- m.reply
		}
	}
}

// Call runs a protocol method and decodes its result into out (if not nil).
func (b *Browser) Call(ctx context.Context, method string, params, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	c := make(chan reply, 1)
	b.calls[id] = c
	b.mu.Unlock()
	if params == nil {
		params = struct{}{}
	}
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return err
	}
	if err := b.writeText(msg); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-c:
		if r.Error != nil {
			return fmt.Errorf("%s: %s", method, r.Error.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-b.done:
		return fmt.Errorf("%s: connection closed: %v", method, b.err)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// Events delivers the protocol events of the domains enabled.
func (b *Browser) Events() <-chan Event { return b.events }

// Close stops Chromium and removes its profile.
func (b *Browser) Close() error {
	if b.conn != nil {
		b.conn.Close()
	}
	if b.cmd.Process != nil {
		b.cmd.Process.Kill()
		b.cmd.Wait()
	}
	return os.RemoveAll(b.dir)
}

// Eval evaluates a JavaScript expression in the page, awaiting a promise,
// and decodes its value into out (if not nil).
func (b *Browser) Eval(ctx context.Context, expr string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := b.Call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &res); err != nil {
		return err
	}
	if res.ExceptionDetails != nil {
		return fmt.Errorf("eval %q: %s", expr, res.ExceptionDetails.Text)
	}
	if out != nil && res.Result.Value != nil {
		return json.Unmarshal(res.Result.Value, out)
	}
	return nil
}

// WaitFor polls a JavaScript condition until it holds.
func (b *Browser) WaitFor(ctx context.Context, cond string) error {
	for {
		var ok bool
		if err := b.Eval(ctx, "!!("+cond+")", &ok); err == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", cond, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Navigate loads url and waits until the document has loaded.
func (b *Browser) Navigate(ctx context.Context, url string) error {
	if err := b.Call(ctx, "Page.navigate", map[string]any{"url": url}, nil); err != nil {
		return err
	}
	return b.WaitFor(ctx, `location.href === `+quote(url)+` && document.readyState === "complete"`)
}

// Click clicks, with the mouse, the middle of the first element matching
// selector, after scrolling it into view.
func (b *Browser) Click(ctx context.Context, selector string) error {
	var at struct{ X, Y float64 }
	err := b.Eval(ctx, `(() => { const e = document.querySelector(`+quote(selector)+`); e.scrollIntoView({block: "center"});
		const r = e.getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2}; })()`, &at)
	if err != nil {
		return fmt.Errorf("click %s: %w", selector, err)
	}
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		p := map[string]any{"type": typ, "x": at.X, "y": at.Y, "button": "left", "clickCount": 1}
		if typ == "mouseMoved" {
			p["button"] = "none"
		}
		if err := b.Call(ctx, "Input.dispatchMouseEvent", p, nil); err != nil {
			return err
		}
	}
	return nil
}

func quote(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}
