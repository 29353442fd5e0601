// Stage 1: bytes to text. Valid UTF-8 passes (a BOM dropped), anything else is an error
// with a position, and the text comes out in NFC.
#include "test_support.h"

namespace kbrief::test {
namespace {

TEST(DecodeTest, PlainUtf8PassesThrough) {
  auto t = decode("한미 NCG\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "한미 NCG\n");
  EXPECT_EQ(t->encoding, "UTF-8");
  EXPECT_EQ(t->input_bytes, 11u);
  EXPECT_FALSE(t->had_bom);
  EXPECT_FALSE(t->normalized());
}

TEST(DecodeTest, ByteOrderMarkIsDropped) {
  auto t = decode("\xEF\xBB\xBF가나\n");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->had_bom);
  EXPECT_EQ(t->text, "가나\n");
  EXPECT_EQ(t->input_bytes, 10u);
}

TEST(DecodeTest, DecomposedHangulIsComposed) {
  // 한 as conjoining jamo: U+1112 U+1161 U+11AB
  auto t = decode("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB국\n");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "한국\n");
  EXPECT_TRUE(t->normalized());
  // Offsets after the rewritten span map back to the text as read.
  EXPECT_EQ(t->source_offset(3), 9u);
  EXPECT_EQ(t->source_offset(0), 0u);
}

TEST(DecodeTest, EmptyInputIsEmptyText) {
  auto t = decode("");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->text, "");
}

// Error paths: each message and position is asserted whole.
TEST(DecodeTest, InvalidByteNamesLineColumnAndByte) {
  auto t = decode("첫 줄\n둘째 \xFF 줄\n");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::invalid_bytes);
  EXPECT_EQ(t.error().message, "invalid UTF-8 byte 0xFF");
  EXPECT_EQ(t.error().line, 2u);
  EXPECT_EQ(t.error().column, 4u);
  EXPECT_EQ(t.error().exit_code(), 3);
}

TEST(DecodeTest, TruncatedSequenceAtEnd) {
  auto t = decode("abc\xE2\x80");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "invalid UTF-8 sequence 0xE2 0x80 (truncated at end of input)");
  EXPECT_EQ(t.error().line, 1u);
  EXPECT_EQ(t.error().column, 4u);
}

TEST(DecodeTest, StrayContinuationByte) {
  auto t = decode("a\r\nb\x80");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "invalid UTF-8 byte 0x80 (a continuation byte without a lead byte)");
  EXPECT_EQ(t.error().line, 2u);
  EXPECT_EQ(t.error().column, 2u);
}

TEST(DecodeTest, OverlongAndSurrogateFormsAreInvalid) {
  EXPECT_FALSE(decode("\xC0\xAF"));
  EXPECT_FALSE(decode("\xE0\x80\xAF"));
  EXPECT_FALSE(decode("\xED\xA0\x80"));
  EXPECT_FALSE(decode("\xF4\x90\x80\x80"));
}

TEST(DecodeTest, ColumnsCountFromAfterAFormFeed) {
  auto t = decode("a\n\f가\xFF");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().line, 2u);
  EXPECT_EQ(t.error().column, 2u);
}

TEST(DecodeTest, NulByteMeansBinary) {
  auto t = decode(std::string("text\0more", 9));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::binary);
  EXPECT_EQ(t.error().message, "NUL byte: this looks like a binary file, not text");
  EXPECT_EQ(t.error().column, 5u);
  EXPECT_EQ(t.error().exit_code(), 3);
}

TEST(DecodeTest, OversizedInputIsRefused) {
  DecodeOptions options;
  options.max_bytes = 4;
  auto t = decode("12345", options);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, InputErrorKind::too_large);
}

}  // namespace
}  // namespace kbrief::test
