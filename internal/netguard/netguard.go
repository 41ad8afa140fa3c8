// Package netguard keeps connections that outsiders ask for away from the node's own networks. A
// project's owner names the URLs a node fetches files from and posts results to; followed blindly, they
// would let a registrant reach the node's loopback services, its private network or a cloud metadata
// endpoint. The address is checked as it is dialed, so neither a redirect nor a DNS answer that changes
// leads past the check.
package netguard

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// ErrNotPublic refuses an address inside the node's own networks.
var ErrNotPublic = errors.New("address is not public")

// carrierNAT is 100.64.0.0/10, shared address space that netip does not count as private.
var carrierNAT = netip.MustParsePrefix("100.64.0.0/10")

// Control is a net.Dialer Control that refuses loopback, private, link-local, multicast and unspecified
// addresses.
func Control(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return err
	}
	ip = ip.Unmap()
	if !ip.IsGlobalUnicast() || ip.IsPrivate() || carrierNAT.Contains(ip) {
		return fmt.Errorf("%w: %s", ErrNotPublic, ip)
	}
	return nil
}

// Transport returns an HTTP transport whose connections reach public addresses only. It uses no proxy
// from the environment, so that the check sees the server's own address.
func Transport(dialTimeout time.Duration) *http.Transport {
	dialer := &net.Dialer{Timeout: dialTimeout, Control: Control}
	return &http.Transport{DialContext: dialer.DialContext, TLSHandshakeTimeout: dialTimeout,
		MaxIdleConnsPerHost: 4, IdleConnTimeout: 90 * time.Second}
}
