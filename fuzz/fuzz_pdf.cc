// SPDX-License-Identifier: MIT
// The PDF reader on arbitrary bytes. Byte 0 chooses: even, the rest is a file handed to
// read_pdf (poppler's loading from memory, then kbrief's layout of whatever words it finds);
// odd, the rest makes words for page_lines directly (boxes, sizes and texts of any shape,
// overlapping, empty, reversed). Either way the text's lines and the geometry must line up,
// and no line holds a line end or form feed of a word's making.
#include <kbrief/pdf.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

void check_lines_up(const kbrief::PdfText& pdf) {
  check(kbrief::split_lines(pdf.decoded.text).lines.size() == pdf.geometry.size());
}

float take(const std::uint8_t*& p, const std::uint8_t* end) {
  if (p == end) return 0;
  return static_cast<float>(*p++) * 2.5f;  // up to ~640 points: a page's width
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > 65536) return 0;
  const std::uint8_t* p = data + 1;
  const std::uint8_t* end = data + size;
  if (data[0] % 2 == 0) {
    std::string bytes = "%PDF-" + std::string(reinterpret_cast<const char*>(p), size - 1);
    kbrief::Expected<kbrief::PdfText> pdf = kbrief::read_pdf(std::move(bytes));
    if (pdf) check_lines_up(*pdf);
    return 0;
  }
  kbrief::PdfPage page{1, 595, 842, {}};
  while (end - p >= 6) {
    kbrief::PdfWord w;
    w.x0 = take(p, end);
    w.y0 = take(p, end);
    w.x1 = w.x0 + take(p, end) / 4;
    w.y1 = w.y0 + take(p, end) / 8;
    w.font_size = take(p, end) / 10;
    std::uint8_t flags = *p++;
    w.bold = flags & 1;
    w.space_after = flags & 2;
    // A word's text: a few bytes of the input, ASCII only so that it stays valid UTF-8.
    std::size_t n = flags >> 5;
    for (std::size_t k = 0; k < n && p != end; ++k) w.text += static_cast<char>(*p++ & 0x7F);
    page.words.push_back(std::move(w));
  }
  kbrief::PdfTextBuilder builder;
  kbrief::take_out_overdrawn(page);
  builder.add_page(kbrief::page_lines(page));
  kbrief::PdfText pdf = std::move(builder).finish(size);
  check_lines_up(pdf);
  return 0;
}
