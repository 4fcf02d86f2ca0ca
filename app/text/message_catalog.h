#pragma once
// A compiled gettext catalogue (.mo) read without wx or the C library's locales, for the command
// line, which prints Chinese whatever locales the machine has generated. The file format is GNU
// gettext's: a header, then two tables of (length, offset) pairs for the message ids and their
// translations. Plural forms and contexts are not looked up (the command line needs neither).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace xuncha::app {

class MessageCatalog {
public:
    // The catalogue in `file`; nullopt when it cannot be read or is not a well-formed .mo file.
    static std::optional<MessageCatalog> load(const std::filesystem::path& file);

    // The zh_CN catalogue of the program running: <build>/locale/... in a build tree (up to three
    // folders above the program), or ../share/locale/... when installed, as the GUI looks for it.
    static std::optional<MessageCatalog> find_zh_cn();

    // The translation of `msgid`, or `msgid` itself when the catalogue has none.
    std::string_view translate(std::string_view msgid) const;

    std::size_t size() const { return m_messages.size(); }

private:
    std::string m_bytes;
    std::unordered_map<std::string_view, std::string_view> m_messages;
};

}  // namespace xuncha::app
