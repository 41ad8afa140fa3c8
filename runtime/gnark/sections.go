package gnark

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ronanh/intcomp"
)

// gnark decodes three sections of a constraint system (its levels, its instructions and their call data)
// in goroutines of its own, where a panic on malformed input cannot be recovered and a length read from
// the input is allocated before it is checked: a hostile circuit artifact would stop the node.
// checkSections reads those sections first, as gnark will, where a panic is caught and every length is
// checked against the bytes that back it. It takes the constraint system's encoding (what follows the
// artifact's header).
func checkSections(system []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed sections: %v", p)
		}
	}()
	const headerLen = 4 * 8
	if len(system) < headerLen {
		return errors.New("no section header")
	}
	var lens [4]uint64 // levels, instructions, call data, body
	rest := uint64(len(system) - headerLen)
	for i := range lens {
		lens[i] = binary.LittleEndian.Uint64(system[8*i:])
		if lens[i] > rest {
			return fmt.Errorf("section %d states %d bytes, %d are left", i, lens[i], rest)
		}
		rest -= lens[i]
	}
	at := uint64(headerLen)
	section := func(i int) []byte { s := system[at : at+lens[i]]; at += lens[i]; return s }
	levels, instructions, calldata := section(0), section(1), section(2)

	// Levels: their number, then each level as a compressed slice.
	n, levels, err := count(levels, 8)
	if err != nil {
		return fmt.Errorf("levels: %w", err)
	}
	for range n {
		if _, levels, err = uints32(levels); err != nil {
			return fmt.Errorf("levels: %w", err)
		}
	}
	// Instructions: three compressed slices of uint32 and one of uint64, one element each per instruction.
	var sizes [4]int
	for i := range 3 {
		if sizes[i], instructions, err = uints32(instructions); err != nil {
			return fmt.Errorf("instructions: %w", err)
		}
	}
	if sizes[3], err = uints64(instructions); err != nil {
		return fmt.Errorf("instructions: %w", err)
	}
	if sizes[1] < sizes[0] || sizes[2] < sizes[0] || sizes[3] < sizes[0] {
		return fmt.Errorf("instructions: slices of %v elements", sizes)
	}
	// Call data: a count, then as many varints, each at least one byte.
	if _, _, err := count(calldata, 1); err != nil {
		return fmt.Errorf("call data: %w", err)
	}
	return nil
}

// count reads a uint64 count of items that each take at least size bytes, and checks that the rest holds
// them.
func count(b []byte, size uint64) (uint64, []byte, error) {
	if len(b) < 8 {
		return 0, nil, errors.New("truncated")
	}
	n := binary.LittleEndian.Uint64(b)
	if n > uint64(len(b)-8)/size {
		return 0, nil, fmt.Errorf("states %d items, %d bytes are left", n, len(b)-8)
	}
	return n, b[8:], nil
}

// maxValuesPerWord bounds how many values a stored word of a compressed slice may expand to (a run of
// equal values packs 128 to a few words); what an artifact states beyond it is refused before it is
// allocated.
const maxValuesPerWord = 256

// uints32 checks one compressed slice of uint32 (a length in words, the words) and decompresses it as
// gnark will; it returns the number of values and the rest of b.
func uints32(b []byte) (int, []byte, error) {
	n, b, err := count(b, 4)
	if err != nil {
		return 0, nil, err
	}
	words := make([]uint32, n)
	for i := range words {
		words[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	// intcomp reads block headers (values, then words, or a bit-packed block) and trusts them: a block of
	// no words loops forever, a large count is allocated at once.
	blocks := words
	if len(blocks) > 0 {
		blocks = blocks[:len(blocks)-1] // the last word is not a block
	}
	total := 0
	for len(blocks) > 0 {
		if len(blocks) < 2 {
			return 0, nil, errors.New("truncated block header")
		}
		values := int(blocks[0])
		total += values
		if total > maxValuesPerWord*len(words) {
			return 0, nil, fmt.Errorf("states %d values in %d words", total, len(words))
		}
		size := int(blocks[1])
		if values >= intcomp.BitPackingBlockSize32 {
			// Its header states its length too, which intcomp's first pass follows: both must agree.
			if packed, err := packedSize32(blocks, values); err != nil {
				return 0, nil, err
			} else if packed != size {
				return 0, nil, fmt.Errorf("a packed block of %d words states %d", packed, size)
			}
		}
		if size < 1 || size > len(blocks) {
			return 0, nil, fmt.Errorf("a block of %d words where %d are left", size, len(blocks))
		}
		blocks = blocks[size:]
	}
	out := intcomp.UncompressUint32(words, nil)
	return len(out), b[4*n:], nil
}

// packedSize32 is the length in words of a bit-packed block of values: a header of three words, then
// for each group of 128 values a word of four bit lengths and the packed values.
func packedSize32(block []uint32, values int) (int, error) {
	if values%intcomp.BitPackingBlockSize32 != 0 {
		return 0, fmt.Errorf("a packed block of %d values", values)
	}
	pos := 3
	for range values / intcomp.BitPackingBlockSize32 {
		if pos >= len(block) {
			return 0, errors.New("truncated packed block")
		}
		w := block[pos]
		if w>>24&0x7f > 32 || w>>16&0x7f > 32 || w>>8&0x7f > 32 || w&0x7f > 32 {
			return 0, errors.New("a bit length over 32")
		}
		pos += 1 + int(w>>24&0x7f) + int(w>>16&0x7f) + int(w>>8&0x7f) + int(w&0x7f)
	}
	return pos, nil
}

// uints64 checks the compressed slice of uint64 that ends the instructions and decompresses it as gnark
// will; it returns the number of values.
func uints64(b []byte) (int, error) {
	n, b, err := count(b, 8)
	if err != nil {
		return 0, err
	}
	words := make([]uint64, n)
	for i := range words {
		words[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	blocks := words
	if len(blocks) > 0 {
		blocks = blocks[:len(blocks)-1]
	}
	total := 0
	for len(blocks) > 0 {
		values := int(int32(blocks[0]))
		size := int(blocks[0] >> 32)
		if values < 0 {
			return 0, fmt.Errorf("a block of %d values", values)
		}
		total += values
		if total > maxValuesPerWord*len(words) {
			return 0, fmt.Errorf("states %d values in %d words", total, len(words))
		}
		if values >= intcomp.BitPackingBlockSize64 {
			if values%intcomp.BitPackingBlockSize64 != 0 {
				return 0, fmt.Errorf("a packed block of %d values", values)
			}
			pos := 2
			for range values / intcomp.BitPackingBlockSize64 {
				if pos >= len(blocks) {
					return 0, errors.New("truncated packed block")
				}
				w := blocks[pos]
				if w>>24&0x7f > 64 || w>>16&0x7f > 64 || w>>8&0x7f > 64 || w&0x7f > 64 {
					return 0, errors.New("a bit length over 64")
				}
				pos += 1 + int(w>>24&0x7f) + int(w>>16&0x7f) + int(w>>8&0x7f) + int(w&0x7f)
			}
			if pos != size {
				return 0, fmt.Errorf("a packed block of %d words states %d", pos, size)
			}
		}
		if size < 1 || size > len(blocks) {
			return 0, fmt.Errorf("a block of %d words where %d are left", size, len(blocks))
		}
		blocks = blocks[size:]
	}
	return len(intcomp.UncompressUint64(words, nil)), nil
}
