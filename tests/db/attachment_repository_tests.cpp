// Attachments (photos, pledge scans): stored inside the database with the person, read back checked.

#include "sample_records.h"
#include "test_database.h"

#include "db/attachment_repository.h"
#include "db/audit_repository.h"
#include "db/internal/database_impl.h"
#include "db/person_repository.h"

using namespace xuncha;
using xuncha::test::TestDatabase;

namespace {

// Replaces an attachment's stored bytes behind the program's back, as a disk fault or a hand edit would.
void overwrite_content(db::Database& database, model::AttachmentId id, const std::string& bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string digits;
    for (const char c : bytes) {
        digits += hex[static_cast<unsigned char>(c) >> 4];
        digits += hex[static_cast<unsigned char>(c) & 0xf];
    }
    const std::string literal =
        database.backend() == db::Backend::sqlite ? "x'" + digits + "'" : "decode('" + digits + "', 'hex')";
    db::internal::session_of(database) << "UPDATE attachment SET content = " << literal << " WHERE id = " << id.value();
}

model::Person with_scans(const test::SampleCatalog& catalog, const std::string& name,
                         const std::vector<model::Attachment>& scans)
{
    auto person = test::plain_person(name, "", catalog.town.id);
    for (const auto& scan : scans) {
        model::Pledge pledge;
        pledge.pool_id = catalog.pools[1].id;
        pledge.signed_date = test::day("2025-06-01");
        pledge.scan = scan;
        person.pledges.push_back(pledge);
    }
    return person;
}

}  // namespace

TEST_CASE("an attachment is kept inside the database and loads back byte for byte", "[db][attachment]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto photo_bytes = test::binary_bytes("photo");
    auto person = test::plain_person("王秀英", "", catalog.town.id);
    person.photo = test::new_attachment("王秀英.JPG", photo_bytes);
    person = test::created(*database, person);

    REQUIRE(person.photo);
    const auto loaded = db::AttachmentRepository(*database).load(person.photo->id);
    REQUIRE(loaded.content);
    CHECK(*loaded.content == photo_bytes);
    CHECK(loaded.file_name == "王秀英.JPG");
    CHECK(loaded.media_type == "image/jpeg");
    CHECK(loaded.size == static_cast<long long>(photo_bytes.size()));
    CHECK(loaded == *person.photo);
    CHECK(test::count_rows(*database, "attachment") == 1);
}

TEST_CASE("an attachment's SHA-256 is the standard digest of its bytes", "[db][attachment]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto person = test::created(*database, with_scans(catalog, "李四", {test::new_attachment("abc.pdf", "abc")}));
    // FIPS 180-2, appendix B.1.
    CHECK(person.pledges[0].scan->sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(person.pledges[0].scan->size == 3);
    CHECK(db::AttachmentRepository(*database).verify_all().empty());
}

TEST_CASE("the same file twice for one person is stored once", "[db][attachment]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto scan = test::new_attachment("承诺书.pdf", test::binary_bytes("scan"));
    auto person = test::created(*database, with_scans(catalog, "张三", {scan, scan}));
    CHECK(test::count_rows(*database, "attachment") == 1);
    CHECK(person.pledges[0].scan->id == person.pledges[1].scan->id);

    // Sent again as new with a third pledge: still the one stored file.
    auto third = person.pledges[0];
    third.id = {};
    third.scan = scan;
    person.pledges.push_back(third);
    test::updated(*database, person);
    CHECK(test::count_rows(*database, "attachment") == 1);
    CHECK(person.pledges[2].scan->id == person.pledges[0].scan->id);

    // The same bytes under another name are another file the user chose.
    person.photo = test::new_attachment("照片.pdf", test::binary_bytes("scan"));
    test::updated(*database, person);
    CHECK(test::count_rows(*database, "attachment") == 2);

    // Another person's identical file is theirs alone.
    const auto other = test::created(*database, with_scans(catalog, "李四", {scan}));
    CHECK(test::count_rows(*database, "attachment") == 3);
    CHECK(other.pledges[0].scan->id != person.pledges[0].scan->id);
    CHECK(other.pledges[0].scan->sha256 == person.pledges[0].scan->sha256);
}

TEST_CASE("re-sending an unchanged photo as new bytes writes nothing", "[db][attachment][audit]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto person = test::plain_person("王秀英", "", catalog.town.id);
    person.photo = test::new_attachment("王秀英.jpg", test::binary_bytes("photo"));
    person = test::created(*database, person);
    const auto id = person.photo->id;
    const auto audit_before = db::AuditRepository(*database).count();
    person.photo = test::new_attachment("王秀英.jpg", test::binary_bytes("photo"));
    test::updated(*database, person);
    CHECK(person.photo->id == id);
    CHECK(db::AuditRepository(*database).count() == audit_before);
    CHECK(test::count_rows(*database, "attachment") == 1);
}

TEST_CASE("damaged bytes are reported as corrupt, naming the file, and verify_all finds them",
          "[db][attachment]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    const auto bytes = test::binary_bytes("scan");
    auto person = test::created(*database, with_scans(catalog, "张三", {test::new_attachment("张三承诺书.pdf", bytes),
                                                                   test::new_attachment("另一份.pdf", "intact")}));
    const auto damaged = person.pledges[0].scan->id;
    const auto intact = person.pledges[1].scan->id;
    db::AttachmentRepository attachments(*database);
    CHECK(attachments.verify_all().empty());

    auto flipped = bytes;
    flipped[100] = static_cast<char>(flipped[100] ^ 0x01);
    overwrite_content(*database, damaged, flipped);

    try {
        attachments.load(damaged);
        FAIL("damaged bytes were handed out");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::corrupt);
        CHECK(error.subject() == "张三承诺书.pdf");
        CHECK_THAT(error.detail(), Catch::Contains("张三承诺书.pdf") && Catch::Contains("SHA-256"));
    }
    const auto found = attachments.verify_all();
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == damaged);
    CHECK(found[0].file_name == "张三承诺书.pdf");
    CHECK(found[0].person == person.id);
    CHECK(found[0].person_name == "张三");
    CHECK_FALSE(found[0].photo);
    CHECK(*attachments.load(intact).content == "intact");

    // A damaged photo is told apart from a scan.
    auto with_photo = with_scans(catalog, "李四", {});
    with_photo.photo = test::new_attachment("李四.jpg", test::binary_bytes("photo"));
    const auto other = test::created(*database, with_photo);
    overwrite_content(*database, other.photo->id, "x");
    const auto both = attachments.verify_all();
    REQUIRE(both.size() == 2);
    CHECK(both[0] == found[0]);
    CHECK(both[1].id == other.photo->id);
    CHECK(both[1].person == other.id);
    CHECK(both[1].person_name == "李四");
    CHECK(both[1].file_name == "李四.jpg");
    CHECK(both[1].photo);
}

TEST_CASE("a missing attachment is not found", "[db][attachment]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    try {
        db::AttachmentRepository(*database).load(model::AttachmentId(4711));
        FAIL("a missing attachment was loaded");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
        CHECK_THAT(error.detail(), Catch::Contains("4711"));
    }
}

TEST_CASE("a replaced photo or a removed pledge takes its file with it", "[db][attachment]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto person = with_scans(catalog, "张三", {test::new_attachment("a.pdf", "scan a")});
    person.photo = test::new_attachment("old.png", "old photo");
    person = test::created(*database, person);
    const auto old_photo = person.photo->id;
    CHECK(test::count_rows(*database, "attachment") == 2);

    person.photo = test::new_attachment("new.png", "new photo");
    test::updated(*database, person);
    CHECK(test::count_rows(*database, "attachment") == 2);
    CHECK(person.photo->id != old_photo);
    try {
        db::AttachmentRepository(*database).load(old_photo);
        FAIL("the replaced photo is still there");
    }
    catch (const db::DbError& error) {
        CHECK(error.category() == db::DbError::Category::not_found);
    }
    CHECK(*db::AttachmentRepository(*database).load(person.photo->id).content == "new photo");

    person.pledges.clear();
    person.photo.reset();
    test::updated(*database, person);
    CHECK(test::count_rows(*database, "attachment") == 0);
    const auto found = db::PersonRepository(*database).find(person.id);
    REQUIRE(found);
    CHECK_FALSE(found->photo);
}

TEST_CASE("an attachment of another person, or a new one without bytes, is refused", "[db][attachment]")
{
    XUNCHA_EACH_BACKEND(backend);
    TestDatabase database(backend);
    const auto catalog = test::make_catalog(*database);
    auto owner = test::plain_person("甲", "", catalog.town.id);
    owner.photo = test::new_attachment("甲.jpg", "photo of 甲");
    owner = test::created(*database, owner);
    auto other = test::created(*database, test::plain_person("乙", "", catalog.town.id));

    db::Transaction tx(*database);
    db::PersonRepository people(*database);
    SECTION("another person's")
    {
        other.photo = owner.photo;
        try {
            people.update(tx, other);
            FAIL("another person's photo was taken over");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::not_found);
            CHECK_THAT(error.detail(), Catch::Contains("甲.jpg"));
        }
    }
    SECTION("without bytes")
    {
        other.photo = model::Attachment{};
        other.photo->file_name = "空.jpg";
        try {
            people.update(tx, other);
            FAIL("an attachment without content was accepted");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::constraint);
            CHECK_THAT(error.detail(), Catch::Contains("空.jpg") && Catch::Contains("no content"));
        }
    }
    SECTION("too large")
    {
        other.photo = test::new_attachment("巨大.tif", std::string(model::max_attachment_size + 1, 'x'));
        try {
            people.update(tx, other);
            FAIL("an oversized attachment was accepted");
        }
        catch (const db::DbError& error) {
            CHECK(error.category() == db::DbError::Category::constraint);
            CHECK_THAT(error.detail(), Catch::Contains("巨大.tif") && Catch::Contains("larger than 20 MB"));
        }
    }
    tx.commit();
    CHECK(test::count_rows(*database, "attachment") == 1);
    const auto found = people.find(other.id);
    REQUIRE(found);
    CHECK_FALSE(found->photo);
}
