/**
 * The admin's own texts where Payload's Vietnamese falls short: one place for every override
 * (payload.config.ts passes `adminTranslations` as i18n.translations; the rich-text editor's are
 * applied after its own by ./lexical.ts).
 *
 * Payload 3.90's Vietnamese leaves some texts English ("Email", "Menu", "Collections", "API Key"),
 * mixes English words into others ("Lỗi - Field sau không hợp lệ", "Tên file", "Bật/tắt block"),
 * and names some things oddly ("Đã Xóa Lúc", "Quy tắc ngang" for a horizontal line). The keys
 * below are those texts, found by comparing Payload's en and vi files (cms/test/untranslated.ts
 * derives the same list for the tests) and by walking the admin as each role. Texts Payload
 * writes in its code rather than in its translations get keys of their own here, used by
 * ./payloadUiLoader.cjs; they need both languages.
 *
 * The sign-in answers stay with the sign-in rule (../auth/signIn.ts) and are merged in here.
 */
import { deepMergeSimple } from 'payload/shared'
import { signInTranslations } from '../auth/signIn'

const vi = {
  authentication: {
    apiKey: 'Khóa API',
    checkYourEmailForPasswordReset:
      'Nếu địa chỉ thư điện tử này thuộc một tài khoản, bạn sẽ sớm nhận được hướng dẫn đặt lại mật khẩu. Không thấy thư trong hộp thư đến thì hãy xem thư mục thư rác.',
    confirmGeneration: 'Xác nhận, tạo khóa API',
    emailNotValid: 'Địa chỉ thư điện tử không hợp lệ',
    emailOrUsername: 'Thư điện tử hoặc tên tài khoản',
    emailSent: 'Đã gửi thư',
    emailVerified: 'Đã xác minh địa chỉ thư điện tử.',
    enableAPIKey: 'Bật khóa API',
    forgotPasswordEmailInstructions: 'Nhập địa chỉ thư điện tử của bạn để nhận hướng dẫn đặt lại mật khẩu.',
    forgotPasswordUsernameInstructions:
      'Nhập tên tài khoản của bạn. Hướng dẫn đặt lại mật khẩu sẽ được gửi tới địa chỉ thư điện tử của tài khoản đó.',
    generateNewAPIKey: 'Tạo khóa API mới',
    generatingNewAPIKeyWillInvalidate: 'Tạo khóa API mới sẽ <1>vô hiệu hóa</1> khóa cũ. Bạn có muốn tiếp tục không?',
    newAccountCreated:
      'Một tài khoản đã được tạo cho bạn để vào <a href="{{serverURL}}">{{serverURL}}</a>. Hãy bấm hoặc chép đường dẫn sau vào trình duyệt để xác minh địa chỉ thư điện tử: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Sau khi xác minh, bạn có thể đăng nhập.',
    newAPIKeyGenerated: 'Đã tạo khóa API mới.',
    resetPasswordToken: 'Mã đặt lại mật khẩu',
    tokenRefreshSuccessful: 'Đã gia hạn phiên đăng nhập.',
    verifyYourEmail: 'Xác minh địa chỉ thư điện tử',
  },
  dashboard: {
    addWidget: 'Thêm ô thông tin',
    deleteWidget: 'Xóa ô thông tin {{id}}',
    noItems: 'Bảng điều khiển chưa có ô thông tin nào. Thêm từ trình đơn "Bảng điều khiển" ở thanh trên cùng.',
    searchWidgets: 'Tìm ô thông tin…',
  },
  error: {
    correctInvalidFields: 'Hãy sửa các trường chưa hợp lệ.',
    // Payload's own says "Lỗi - Field sau không hợp lệ:" (half English) on every refused save:
    // the toast and the API's message. One colon only, at the end: the toast cuts the message at
    // its first colon into a heading and the list of fields ("Lỗi: …" showed "Lỗi" as the heading
    // and the rest as a field). No "Lỗi:" before the other errors either: the same toast shows
    // every error of a failed save, and Payload's English ones have no such prefix.
    followingFieldsInvalid_one: 'Trường sau chưa hợp lệ:',
    followingFieldsInvalid_other: 'Các trường sau chưa hợp lệ:',
    incorrectCollection: 'Loại mục không hợp lệ.',
    missingEmail: 'Thiếu địa chỉ thư điện tử.',
    noFilesUploaded: 'Chưa có tệp nào được tải lên.',
    noMatchedField: 'Không có trường nào khớp với "{{label}}".',
    problemUploadingFile: 'Không tải được tệp lên.',
    tokenInvalidOrExpired: 'Mã xác thực không hợp lệ hoặc đã hết hạn.',
    tokenNotProvided: 'Thiếu mã xác thực.',
    unknown: 'Đã xảy ra lỗi không rõ nguyên nhân.',
    unspecific: 'Đã xảy ra lỗi.',
    unverifiedEmail: 'Hãy xác minh địa chỉ thư điện tử trước khi đăng nhập.',
    userEmailAlreadyRegistered: 'Địa chỉ thư điện tử này đã thuộc một tài khoản khác.',
    verificationTokenInvalid: 'Mã xác minh không hợp lệ.',
  },
  fields: {
    block: 'Khối',
    blocks: 'khối',
    blockType: 'Loại khối',
    chooseBetweenCustomTextOrDocument: 'Chọn nhập một địa chỉ URL hoặc liên kết tới một mục khác.',
    searchForBlock: 'Tìm khối',
    toggleBlock: 'Mở/đóng khối',
  },
  general: {
    all: 'Tất cả',
    collections: 'Danh mục',
    deletedAt: 'Ngày xóa',
    email: 'Thư điện tử',
    emailAddress: 'Địa chỉ thư điện tử',
    // Payload's "Chỉnh sửa lần cuối vào lúc" ran off a 390-pixel phone's screen in the document
    // header beside "Đã tạo" (the header scrolls sideways there, and nothing says so).
    lastModified: 'Sửa lần cuối',
    menu: 'Trình đơn',
  },
  upload: {
    // Texts of the bulk-upload drawer written in Payload's code (see ./payloadUiLoader.cjs).
    bulkSaved_one: 'Đã lưu 1 tệp.',
    bulkSaved_other: 'Đã lưu {{count}} tệp.',
    bulkFailed_one: 'Chưa lưu được 1 tệp: xem lỗi ở tệp được đánh dấu đỏ, sửa rồi bấm Lưu lại.',
    bulkFailed_other: 'Chưa lưu được {{count}} tệp: xem lỗi ở các tệp được đánh dấu đỏ, sửa rồi bấm Lưu lại.',
    dragAndDropHere: 'hoặc kéo và thả tệp vào đây',
    fileName: 'Tên tệp',
    fileSize: 'Dung lượng tệp',
    selectCollectionToBrowse: 'Chọn một danh mục để xem',
    selectFile: 'Chọn một tệp',
  },
  validation: {
    emailAddress: 'Địa chỉ thư điện tử không hợp lệ.',
    fieldHasNo: 'Trường này không có {{label}}',
    invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
    invalidSelections: 'Trường này có các lựa chọn không hợp lệ sau:',
    notValidDate: '"{{value}}" không phải là một ngày hợp lệ.',
    validUploadID: 'Trường này không chứa mã tệp tải lên hợp lệ.',
  },
  version: {
    // The audit log and the README call it "gỡ xuất bản"; Payload's "Ẩn tài liệu" (hide the
    // document) sounds as if the entry stayed on the site.
    unpublish: 'Gỡ xuất bản',
    unpublishIn: 'Gỡ xuất bản bản {{locale}}',
    unpublishing: 'Đang gỡ xuất bản…',
    unpublishedSuccessfully: 'Đã gỡ xuất bản.',
  },
  // The rich-text editor's menu (applied after the editor's own, see ./lexical.ts).
  lexical: {
    horizontalRule: { label: 'Đường kẻ ngang' },
    orderedList: { label: 'Danh sách đánh số' },
    unorderedList: { label: 'Danh sách gạch đầu dòng' },
    relationship: { label: 'Liên kết tới mục khác' },
  },
}

/** Payload's English for the texts that had none (written in its code). */
const en = {
  upload: {
    bulkSaved_one: 'Saved 1 file.',
    bulkSaved_other: 'Saved {{count}} files.',
    bulkFailed_one: 'Could not save 1 file: see the error on the file marked in red, fix it and press Save again.',
    bulkFailed_other:
      'Could not save {{count}} files: see the errors on the files marked in red, fix them and press Save again.',
  },
}

/** What payload.config.ts passes as i18n.translations. */
export const adminTranslations = deepMergeSimple({ vi, en }, signInTranslations)
