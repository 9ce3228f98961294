// Package dedup finds near-duplicate articles, such as one wire story
// republished by several outlets with its own headline, page furniture or a
// trimmed paragraph.
//
// An article's Sig is a MinHash signature over its 5-word shingles: the
// fraction of equal positions in two signatures estimates the Jaccard
// similarity of their shingle sets. It is computed with one-permutation
// hashing (Li, Owen and Zhang 2012): each shingle is hashed once, the top
// bits of the hash pick one of Size bins and the bin keeps its minimum.
// That costs one hash per shingle instead of Size, and for articles, which
// have several times more shingles than bins, estimates as well as Size
// independent permutations. Bins that no shingle reached borrow the value
// of a reached bin chosen by a fixed pseudo-random sequence ("optimal
// densification", Shrivastava 2017), so that short texts still compare.
//
// Sig.Bands cuts the signature into LSH bands so that a store can find
// candidates with an indexed equality lookup and keep them across
// restarts; candidates are then confirmed with Similarity >= Threshold.
package dedup

import (
	"encoding/binary"
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"
)

const (
	// Size is the number of MinHash values in a signature.
	Size = 128

	// NumBands and rowsPerBand split the signature for LSH. Two articles
	// with Jaccard similarity J share at least one band with probability
	// 1-(1-J^8)^16: 0.95 at J=0.8, 0.61 at J=0.7, 0.06 at J=0.5 and 0.001
	// at J=0.3. The curve is steepest near (1/16)^(1/8) = 0.71, just below
	// Threshold, so nearly every true duplicate becomes a candidate while
	// articles that merely share a topic (J well under 0.3 on 5-word
	// shingles) almost never do. 8 bands of 16 rows would find only one
	// pair in five at J=0.8; 32 bands of 4 rows would make half the pairs
	// at J=0.4 candidates, each costing a Similarity check.
	NumBands    = 16
	rowsPerBand = Size / NumBands

	// Threshold is the estimated Jaccard similarity from which two
	// articles count as copies of one another.
	Threshold = 0.8

	// shingleWords is the number of consecutive words in a shingle: long
	// enough that shared stock phrases of a topic rarely match, short
	// enough that one edited word disturbs only a few shingles.
	shingleWords = 5
)

// Sig is the MinHash signature of one text. An empty text has a signature
// with every value at its maximum, which is similar to nothing.
type Sig [Size]uint32

// binShift leaves the top log2(Size) bits of a hash: its bin.
const binShift = 64 - 7

// maxBorrow bounds the densification sequence: TestBorrowBound checks that
// every empty bin reaches any single filled bin within that many steps, so
// that it reaches one of several even sooner.
const maxBorrow = 2048

// mix is the SplitMix64 finaliser: a cheap, well-spread 64-bit bijection.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// borrowFrom returns the bin an empty bin looks at on the given step of
// densification. It is fixed forever, like every hash here, so that stored
// signatures stay comparable.
func borrowFrom(bin, step int) int {
	return int(mix(uint64(bin)<<32|uint64(step)) >> binShift)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Signature computes the signature of text. Words are runs of letters and
// digits compared without case; apostrophes inside words are dropped so
// that typographic and straight quotes give the same words. A text of fewer
// than five words is one shingle.
func Signature(text string) Sig {
	var sig Sig
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	shingles(text, sig.add)
	sig.densify()
	return sig
}

// shingles calls yield with the hash of each shingle of text, in order.
func shingles(text string, yield func(uint64)) {
	var window [shingleWords]uint64 // word hashes, a ring
	words := 0
	word := uint64(fnvOffset)
	inWord := false
	endWord := func() {
		window[words%shingleWords] = word
		words++
		if words >= shingleWords {
			yield(shingle(&window, words))
		}
		word = fnvOffset
		inWord = false
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'':
				continue
			default:
				if inWord {
					endWord()
				}
				continue
			}
			word = (word ^ uint64(c)) * fnvPrime
			inWord = true
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if r == '\u2019' || r == '\u02bc' {
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			if inWord {
				endWord()
			}
			continue
		}
		word = (word ^ uint64(unicode.ToLower(r))) * fnvPrime
		inWord = true
	}
	if inWord {
		endWord()
	}
	if 0 < words && words < shingleWords {
		yield(shingle(&window, words))
	}
}

// shingle hashes the last min(n, shingleWords) words of the ring, oldest
// first, after n words in all.
func shingle(window *[shingleWords]uint64, n int) uint64 {
	k := min(n, shingleWords)
	h := uint64(fnvOffset)
	for j := n - k; j < n; j++ {
		h = (h ^ window[j%shingleWords]) * 0x9e3779b97f4a7c15
		h ^= h >> 29
	}
	return mix(h)
}

// add folds one shingle hash into its bin, which keeps the minimum of the
// hash's low 32 bits (the bits that did not choose the bin).
func (s *Sig) add(h uint64) {
	bin := h >> binShift
	s[bin] = min(s[bin], uint32(h))
}

// densify fills the bins no shingle reached from the ones some did.
func (s *Sig) densify() {
	var filled [Size / 64]uint64
	reached := false
	for i, v := range s {
		if v != math.MaxUint32 {
			filled[i/64] |= 1 << (i % 64)
			reached = true
		}
	}
	if !reached {
		return
	}
	for i := range s {
		if filled[i/64]&(1<<(i%64)) != 0 {
			continue
		}
		for step := 1; step <= maxBorrow; step++ {
			if k := borrowFrom(i, step); filled[k/64]&(1<<(k%64)) != 0 {
				s[i] = s[k]
				break
			}
		}
	}
}

// empty reports whether the signature came from a text without words.
func (s *Sig) empty() bool {
	for _, v := range s {
		if v != math.MaxUint32 {
			return false
		}
	}
	return true
}

// Similarity estimates the Jaccard similarity of the shingle sets behind a
// and b, in [0, 1]. A signature of an empty text is similar to nothing.
func Similarity(a, b Sig) float64 {
	if a.empty() || b.empty() {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / Size
}

// Bands returns the signature's LSH band hashes. Each hash also covers its
// band's position, so a store can keep all of them in one indexed column:
// two articles are candidates when they share any value. Stores whose
// integers are signed can keep int64(hash) without losing anything.
func (s Sig) Bands() [NumBands]uint64 {
	var bands [NumBands]uint64
	for b := range bands {
		h := uint64(fnvOffset) ^ uint64(b)
		for _, v := range s[b*rowsPerBand : (b+1)*rowsPerBand] {
			h = (h ^ uint64(v)) * fnvPrime
		}
		bands[b] = mix(h)
	}
	return bands
}

// MarshalBinary encodes the signature in Size*4 bytes, little endian, for
// a store to keep next to the band hashes.
func (s Sig) MarshalBinary() ([]byte, error) {
	buf := make([]byte, 0, Size*4)
	for _, v := range s {
		buf = binary.LittleEndian.AppendUint32(buf, v)
	}
	return buf, nil
}

// UnmarshalBinary decodes a signature encoded by MarshalBinary.
func (s *Sig) UnmarshalBinary(data []byte) error {
	if len(data) != Size*4 {
		return fmt.Errorf("dedup: signature of %d bytes, want %d", len(data), Size*4)
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(data[i*4:])
	}
	return nil
}
