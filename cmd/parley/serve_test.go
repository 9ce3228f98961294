package main

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"testing"
	"time"
)

// TestServeDemo runs `parley serve --demo` in process: it ingests the
// samples, answers, and stops cleanly when its context ends.
func TestServeDemo(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := serveCmd()
	cmd.SetArgs([]string{"--demo", "--samples", "../../samples", "--addr", addr})
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()

	var resp *http.Response
	for start := time.Now(); time.Since(start) < 30*time.Second; time.Sleep(100 * time.Millisecond) {
		if resp, err = http.Get("http://" + addr + "/api/articles"); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	var page struct{ Items []json.RawMessage }
	json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if len(page.Items) == 0 {
		t.Error("the demo serves no article")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}
