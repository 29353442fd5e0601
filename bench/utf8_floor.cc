// SPDX-License-Identifier: MIT
// utf8_floor: the throughput floor for kbrief's whole-process benchmarks (bench/run.sh).
//
//   utf8_floor FILE      (or no argument, or "-", for standard input)
//
// Reads the input in large chunks and validates it as strict UTF-8 (Unicode Table 3-7: no
// overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence at the end).
// Prints nothing; exits 0 when the input is valid, 3 when it is not (kbrief's code for
// invalid bytes) and 2 when it cannot be opened or read. Every kbrief subcommand must at
// least read and validate its input, so this is the least a reader of the same bytes does.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

constexpr std::size_t kChunk = 1 << 20;

enum class Scan { valid, invalid };

// Validates [p, end). On success, `rest` is where a sequence starts that the chunk cut off
// (end when none), for the caller to carry into the next chunk.
Scan validate(const unsigned char* p, const unsigned char* end, const unsigned char*& rest) {
  while (p < end) {
    // ASCII fast path, eight bytes at a time.
    while (end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      if (word & 0x8080808080808080u) break;
      p += 8;
    }
    if (p == end) break;
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    // Three-byte characters without special cases (E1..EC, EE, EF: all Hangul syllables and
    // most CJK), the bulk of a Korean text, checked two continuation bytes at once.
    if (end - p >= 3 && (c & 0xF0) == 0xE0 && c != 0xE0 && c != 0xED) {
      std::uint16_t next;
      std::memcpy(&next, p + 1, 2);
      if ((next & 0xC0C0) != 0x8080) return Scan::invalid;
      p += 3;
      continue;
    }
    // The first continuation byte's range depends on the lead byte; later ones are 80..BF.
    int length;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;   // overlong
      if (c == 0xED) high = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;   // overlong
      if (c == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
      return Scan::invalid;  // a continuation byte, C0, C1 or F5..FF as lead
    }
    if (end - p < length) {
      // Check what is there, so that a bad sequence is not carried forever.
      if (end - p >= 2 && (p[1] < low || p[1] > high)) return Scan::invalid;
      if (end - p >= 3 && (p[2] & 0xC0) != 0x80) return Scan::invalid;
      rest = p;
      return Scan::valid;
    }
    if (p[1] < low || p[1] > high) return Scan::invalid;
    for (int i = 2; i < length; ++i)
      if ((p[i] & 0xC0) != 0x80) return Scan::invalid;
    p += length;
  }
  rest = end;
  return Scan::valid;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2) {
    std::fprintf(stderr, "usage: utf8_floor [FILE]\n");
    return 2;
  }
  const char* path = argc == 2 ? argv[1] : "-";
  int fd = std::strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
  if (fd < 0) {
    std::fprintf(stderr, "utf8_floor: cannot open '%s': %s\n", path, std::strerror(errno));
    return 2;
  }
  // Up to three bytes of a cut sequence are moved to the front before the next read.
  std::vector<unsigned char> buffer(kChunk + 4);
  std::size_t carried = 0;
  for (;;) {
    ssize_t n = read(fd, buffer.data() + carried, kChunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::fprintf(stderr, "utf8_floor: cannot read '%s': %s\n", path, std::strerror(errno));
      return 2;
    }
    if (n == 0) return carried == 0 ? 0 : 3;
    const unsigned char* end = buffer.data() + carried + n;
    const unsigned char* rest = end;
    if (validate(buffer.data(), end, rest) == Scan::invalid) return 3;
    carried = static_cast<std::size_t>(end - rest);
    std::memmove(buffer.data(), rest, carried);
  }
}
