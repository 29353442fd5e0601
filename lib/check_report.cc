// SPDX-License-Identifier: MIT
#include "kbrief/check_report.h"

#include <fmt/format.h>

#include "json_writer.h"
#include "source_excerpt.h"

namespace kbrief {
namespace {

std::string_view colour_of(Severity s) {
  switch (s) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;33m";
    case Severity::info:
      return "\x1b[1;36m";
  }
  return "";
}

// GitHub workflow commands: '%', CR and LF escaped in the message; ':' and ',' too in
// property values.
std::string github_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view sarif_level(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "none";
}

// A file path as a URI reference: bytes outside the unreserved set and '/' percent-encoded
// (Korean file names included), so SARIF consumers resolve it against the checkout.
std::string uri_of(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

void text_object(detail::JsonWriter& w, std::string_view key, std::string_view text) {
  w.key(key);
  w.begin_object();
  w.key("text");
  w.value(text);
  w.end_object();
}

}  // namespace

void FindingCounts::add(const std::vector<Diagnostic>& findings) {
  ++files;
  for (const Diagnostic& d : findings)
    ++(d.severity == Severity::error ? errors : d.severity == Severity::warning ? warnings : infos);
}

std::size_t FindingCounts::at_least(Severity severity) const {
  switch (severity) {
    case Severity::error:
      return errors;
    case Severity::warning:
      return errors + warnings;
    case Severity::info:
      return errors + warnings + infos;
  }
  return 0;
}

std::string summary(const FindingCounts& n, std::size_t unread) {
  auto count = [](std::size_t k, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", k, k == 1 ? one : many);
  };
  return fmt::format("{} checked: {}, {}, {}{}", count(n.files, "file", "files"),
                     count(n.errors, "error", "errors"), count(n.warnings, "warning", "warnings"),
                     count(n.infos, "info", "info"),
                     unread ? fmt::format("; {} not read", count(unread, "file", "files")) : "");
}

std::string text_report(const FileFindings& file, const Document& source, bool colour) {
  std::string out;
  detail::ExcerptMaker excerpts(source);
  for (const Diagnostic& d : file.findings) {
    // A PDF's reader looks for the page, which the line number of `kbrief text` does not give.
    std::string page = d.box ? fmt::format(" (page {})", d.box->page) : "";
    if (colour)
      out += fmt::format("\x1b[1m{}:{}:{}:\x1b[0m {}{}:\x1b[0m {} \x1b[2m[{}]{}\x1b[0m\n",
                         file.path, d.line, d.column, colour_of(d.severity), to_string(d.severity),
                         d.message, d.rule, page);
    else
      out += fmt::format("{}:{}:{}: {}: {} [{}]{}\n", file.path, d.line, d.column,
                         to_string(d.severity), d.message, d.rule, page);
    std::optional<detail::Excerpt> e = excerpts.at(d.line, d.column, d.length);
    if (!e) continue;
    std::string number = fmt::format("{:>5}", d.line);
    out += fmt::format("{} |{}{}\n", number, e->text.empty() ? "" : " ", e->text);
    std::size_t caret = e->carets.find('^');
    out += fmt::format("{} | {}{}{}{}\n", std::string(number.size(), ' '),
                       e->carets.substr(0, caret), colour ? colour_of(d.severity) : "",
                       e->carets.substr(caret), colour ? "\x1b[0m" : "");
  }
  return out;
}

std::string rules_report(const RuleSettings& settings) {
  std::string out;
  std::string_view group;
  for (const RuleInfo& r : check_rules()) {
    if (r.group != group) {
      out += fmt::format("{}{}:\n", group.empty() ? "" : "\n", r.group);
      group = r.group;
    }
    std::optional<Severity> s = settings.severity(r.id);
    out += fmt::format("  {:<19} {:<8} {}\n", r.id, s ? to_string(*s) : "off", r.summary);
    out += fmt::format("  {:<28} bad:  {}\n  {:<28} good: {}\n", "", r.bad, "", r.good);
  }
  return out;
}

std::string github_report(const FileFindings& file) {
  std::string out;
  for (const Diagnostic& d : file.findings) {
    std::string_view command = d.severity == Severity::error     ? "error"
                               : d.severity == Severity::warning ? "warning"
                                                                 : "notice";
    out += fmt::format("::{} file={},line={},col={},title={}::{}\n", command,
                       github_escape(file.path, true), d.line, d.column,
                       github_escape(d.rule, true), github_escape(d.message, false));
  }
  return out;
}

std::string json_report(const std::vector<FileFindings>& files) {
  std::string out = "[";
  bool first = true;
  for (const FileFindings& file : files)
    for (const Diagnostic& d : file.findings) {
      out += first ? "\n" : ",\n";
      first = false;
      detail::JsonWriter w(out, false);
      w.begin_object();
      w.key("file");
      w.value(file.path);
      w.key("line");
      w.value(d.line);
      w.key("column");
      w.value(d.column);
      w.key("severity");
      w.value(to_string(d.severity));
      w.key("rule");
      w.value(d.rule);
      w.key("message");
      w.value(d.message);
      if (d.box) {
        w.key("box");
        detail::write_box(w, *d.box);
      }
      w.end_object();
    }
  out += first ? "]\n" : "\n]\n";
  return out;
}

std::string sarif_report(const std::vector<FileFindings>& files, const RuleSettings& settings,
                         std::string_view version) {
  std::string out;
  detail::JsonWriter w(out, true);
  w.begin_object();
  w.key("$schema");
  w.value("https://json.schemastore.org/sarif-2.1.0.json");
  w.key("version");
  w.value("2.1.0");
  w.key("runs");
  w.begin_array();
  w.begin_object();

  w.key("tool");
  w.begin_object();
  w.key("driver");
  w.begin_object();
  w.key("name");
  w.value("kbrief");
  w.key("version");
  w.value(version);
  w.key("rules");
  w.begin_array();
  std::span<const RuleInfo> rules = check_rules();
  for (const RuleInfo& r : rules) {
    w.begin_object();
    w.key("id");
    w.value(r.id);
    text_object(w, "shortDescription", r.summary);
    text_object(w, "help", fmt::format("Bad: {}\nGood: {}", r.bad, r.good));
    w.key("defaultConfiguration");
    w.begin_object();
    std::optional<Severity> s = settings.severity(r.id);
    w.key("enabled");
    w.boolean(s.has_value());
    w.key("level");
    w.value(s ? sarif_level(*s) : "none");
    w.end_object();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();

  w.key("columnKind");
  w.value("unicodeCodePoints");
  w.key("artifacts");
  w.begin_array();
  for (const FileFindings& file : files) {
    w.begin_object();
    w.key("location");
    w.begin_object();
    w.key("uri");
    w.value(uri_of(file.path));
    w.end_object();
    w.end_object();
  }
  w.end_array();

  w.key("results");
  w.begin_array();
  for (std::size_t f = 0; f < files.size(); ++f)
    for (const Diagnostic& d : files[f].findings) {
      w.begin_object();
      w.key("ruleId");
      w.value(d.rule);
      std::size_t index = 0;
      while (index < rules.size() && rules[index].id != d.rule) ++index;
      w.key("ruleIndex");
      w.value(index);
      w.key("level");
      w.value(sarif_level(d.severity));
      text_object(w, "message", d.message);
      w.key("locations");
      w.begin_array();
      w.begin_object();
      w.key("physicalLocation");
      w.begin_object();
      w.key("artifactLocation");
      w.begin_object();
      w.key("uri");
      w.value(uri_of(files[f].path));
      w.key("index");
      w.value(f);
      w.end_object();
      w.key("region");
      w.begin_object();
      w.key("startLine");
      w.value(d.line);
      w.key("startColumn");
      w.value(d.column);
      if (d.length > 0) {
        w.key("endColumn");  // one past the span, on the same line
        w.value(d.column + d.length);
      }
      if (d.box) {
        // SARIF's regions are lines and columns: the page and box ride in a property bag.
        w.key("properties");
        w.begin_object();
        w.key("page");
        w.value(std::size_t{d.box->page});
        w.key("box");
        detail::write_box(w, *d.box);
        w.end_object();
      }
      w.end_object();
      w.end_object();
      w.end_object();
      w.end_array();
      w.end_object();
    }
  w.end_array();
  w.end_object();
  w.end_array();
  w.end_object();
  out += '\n';
  return out;
}

}  // namespace kbrief
