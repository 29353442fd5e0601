// SPDX-License-Identifier: MIT
// consumer FILE: FILE as kbrief JSON (indented), through an installed libkbrief alone.
#include <kbrief/decode.h>
#include <kbrief/document.h>
#include <kbrief/json.h>
#include <kbrief/pipeline.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "consumer: cannot open " << argv[1] << '\n';
    return 2;
  }
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  kbrief::Expected<kbrief::DecodedText> text = kbrief::decode(std::move(bytes));
  if (!text) {
    std::cerr << "consumer: " << text.error().message << '\n';
    return 3;
  }
  kbrief::Document doc = kbrief::build_document(std::move(*text), argv[1]);
  std::string json;
  kbrief::write_json(doc, json, {.pretty = true});
  std::cout << json << '\n';
  return 0;
}
