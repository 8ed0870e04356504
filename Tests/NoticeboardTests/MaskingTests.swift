import Testing
@testable import NoticeboardKit

@Suite("Masking")
struct MaskingTests {
    @Test(arguments: [
        ("张三丰", "张＊＊"), ("张三", "张＊＊"), ("王 小 明", "王＊＊"), ("欧阳修", "欧阳＊＊"), ("欧阳志远", "欧阳＊＊"),
        ("司马文涛", "司马＊＊"), ("诸葛亮", "诸葛＊＊"), ("上官婉儿", "上官＊＊"), ("欧阳", "欧＊＊"), ("", "＊＊"),
    ])
    func namesKeepTheSurnameOnly(name: String, masked: String) {
        #expect(Masking.name(name) == masked)
    }

    @Test(arguments: [
        ("浙A12345", "浙A＊＊＊45"), ("浙A·7K3M9", "浙A＊＊＊M9"), ("浙a 7k3m9", "浙A＊＊＊M9"),
        ("浙AD52817", "浙A＊＊＊＊17"), ("粤B-D12345", "粤B＊＊＊＊45"), ("浙A1", "＊＊＊"),
    ])
    func platesKeepProvinceLetterAndLastTwo(plate: String, masked: String) {
        #expect(Masking.plate(plate) == masked)
    }

    @Test(arguments: [
        ("13857102468", "138＊＊＊＊2468"), ("138 5710 2468", "138＊＊＊＊2468"), ("0571-88001234", "057＊＊＊＊＊1234"), ("12345", "＊＊＊＊"),
    ])
    func phonesKeepFirstThreeAndLastFour(phone: String, masked: String) {
        #expect(Masking.phone(phone) == masked)
    }

    @Test func maskedValuesNeverContainTheOriginal() {
        for name in ["李四", "欧阳志远", "司马文涛"] { #expect(!Masking.name(name).contains(name)) }
        for plate in ["浙A12345", "浙AD52817"] { #expect(!Masking.plate(plate).contains(Masking.normalizedPlate(plate))) }
        #expect(!Masking.phone("13857102468").contains("13857102468"))
    }
}
