package wasm_test

import "encoding/binary"

// module describes a tiny hand-assembled WASI command for cases a Go program cannot produce: a trap, a
// module without _start or memory, a foreign import, a large initial memory.
type module struct {
	noStart   bool
	noMemory  bool
	importEnv bool   // import env.missing, which the runtime does not provide
	minPages  uint32 // initial memory; 1 when zero
	print     string // when set, _start writes this to stdout and returns; otherwise it traps
}

func moduleBytes(m module) []byte {
	const (
		typeVoid  = 0 // () -> ()
		typeWrite = 1 // (i32 i32 i32 i32) -> i32
	)
	var imports [][]byte
	if m.print != "" {
		imports = append(imports, cat(name("wasi_snapshot_preview1"), name("fd_write"), []byte{0x00, typeWrite}))
	}
	if m.importEnv {
		imports = append(imports, cat(name("env"), name("missing"), []byte{0x00, typeVoid}))
	}
	start := uint32(len(imports)) // function index of _start

	body := []byte{0x00} // unreachable
	if m.print != "" {
		// fd_write(1, iovs=0, iovs_len=1, nwritten=8); drop
		body = []byte{0x41, 0x01, 0x41, 0x00, 0x41, 0x01, 0x41, 0x08, 0x10, 0x00, 0x1a}
	}
	code := cat([]byte{0x00}, body, []byte{0x0b}) // no locals, body, end

	var exports [][]byte
	if !m.noStart {
		exports = append(exports, cat(name("_start"), []byte{0x00}, uleb(start)))
	}
	if !m.noMemory {
		exports = append(exports, cat(name("memory"), []byte{0x02, 0x00}))
	}

	out := []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}
	out = append(out, section(1, vec([]byte{0x60, 0x00, 0x00}, []byte{0x60, 0x04, 0x7f, 0x7f, 0x7f, 0x7f, 0x01, 0x7f}))...)
	if len(imports) > 0 {
		out = append(out, section(2, vec(imports...))...)
	}
	out = append(out, section(3, vec([]byte{typeVoid}))...)
	if !m.noMemory {
		out = append(out, section(5, vec(cat([]byte{0x00}, uleb(max(m.minPages, 1)))))...)
	}
	out = append(out, section(7, vec(exports...))...)
	out = append(out, section(10, vec(cat(uleb(uint32(len(code))), code)))...)
	if m.print != "" {
		// iovec {buf: 16, len} at 0, nwritten at 8, the text at 16
		data := binary.LittleEndian.AppendUint32(nil, 16)
		data = binary.LittleEndian.AppendUint32(data, uint32(len(m.print)))
		data = append(data, make([]byte, 8)...)
		data = append(data, m.print...)
		seg := cat([]byte{0x00, 0x41, 0x00, 0x0b}, uleb(uint32(len(data))), data)
		out = append(out, section(11, vec(seg))...)
	}
	return out
}

func section(id byte, content []byte) []byte {
	return cat([]byte{id}, uleb(uint32(len(content))), content)
}

func vec(items ...[]byte) []byte {
	return cat(append([][]byte{uleb(uint32(len(items)))}, items...)...)
}

func name(s string) []byte { return cat(uleb(uint32(len(s))), []byte(s)) }

func uleb(v uint32) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
