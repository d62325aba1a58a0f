# billing-portal — 한국어. 용어는 고객 포털 안내서(seeds)를 따릅니다.
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## 송장
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = 소계
invoice-tax = 세금
invoice-detail-title = 송장 { $number }
invoice-bill-to = 송장 수신처
invoice-lines-title = 청구 항목
invoice-lines-hint = 세부사항을 보려면 청구 항목을 선택하십시오.
invoice-due-date = 결제 기한
invoice-period = 청구 기간
invoice-download-pdf = PDF 다운로드
pdf-preparing = PDF를 준비하는 중…
invoice-download-csv = CSV 다운로드
invoice-print = 인쇄
invoice-pay-new-monthly = 카드 변경 후 결제
line-description = 설명
line-category = 카테고리
line-quantity = 수량
line-unit-price = 단가
line-amount = 금액
line-resource = 리소스
line-period = 기간
line-period-start = 기간 시작일
line-period-end = 기간 종료일
line-tax = 세금

## 결제 방법
method-expires = 유효 기간: { $expiry }
method-place = { $country } { $city }
method-default = 월별 결제 방법
methods-empty = 등록된 결제 방법이 없습니다.
method-pending-note = 새 카드는 24시간 이내에 유효성 검증을 거쳐 사용할 수 있습니다. 청구 담당자에게 확인 이메일이 발송됩니다.
method-make-default = 월별 결제 방법으로 사용
method-default-set = 월별 결제 방법이 변경되었습니다.
method-remove = 삭제
method-removing = 삭제하는 중…
method-remove-title = 이 결제 방법을 삭제하시겠습니까?
method-remove-body = 이 결제 방법으로 더 이상 요금이 청구되지 않으며 결제에도 사용할 수 없습니다.
method-removed = 결제 방법이 삭제되었습니다.
method-added = 카드가 추가되었습니다. 24시간 이내에 유효성 검증을 거쳐 사용할 수 있으며, 청구 담당자에게 확인 이메일이 발송됩니다.
card-add = 신용카드 추가
card-adding = 카드를 추가하는 중…
card-eu-supported = EU 지원
card-eu-supported-help = 유럽 연합(EU)의 지원 팀이 유지보수 및 지원 문제를 처리합니다.

## 결제
payment-reference = 참조 번호
payment-date = 날짜
payment-method = 결제 방법
payment-status = 상태
payment-amount = 결제 금액
payment-for-invoice = 송장 { $number }에 대한 결제를 진행합니다.
payment-choose-balance = 어떤 잔액을 결제하시겠습니까?
payment-balance-due = 결제할 잔액: { $balance }
payment-remaining = 이번 결제 후 남은 잔액: { $remaining }
payment-nothing-due = 결제할 잔액이 없습니다.
payment-viewer = 청구 관리자만 결제할 수 있습니다. 잔액과 송장은 조회할 수 있습니다.
payment-new-card = 새 신용카드(이번 결제에만 사용하며 저장되지 않음)
payment-new-card-help = 이 카드는 이번 결제에만 사용됩니다. 카드 정보는 저장되지 않으며 월별 결제 방법도 변경되지 않습니다.
payment-new-monthly-card = 새 신용카드(월별 결제 방법으로 등록)
payment-new-monthly-card-help = 이 카드로 지금 이 송장을 결제합니다. 결제가 완료되면 카드가 저장되고 이후 송장의 월별 결제 방법이 이 카드로 바뀝니다.
payment-monthly-becomes = 이 결제가 완료되면 { $method }이(가) 월별 결제 방법이 됩니다.
payment-new-monthly-title = 월별 결제 방법
payment-new-monthly-saving = 카드를 월별 결제 방법으로 저장하는 중…
payment-new-monthly-done = 이제 { $method }이(가) 월별 결제 방법입니다. 유효성 검증이 진행 중이며 최대 24시간이 걸릴 수 있습니다.
payment-new-monthly-failed = 결제는 완료되었지만 카드를 월별 결제 방법으로 저장하지 못했습니다. 다시 시도하십시오. 카드는 한 번만 저장됩니다.
payment-card-address = 신용카드 청구 주소
payment-review = 결제 검토
payment-review-title = 결제 내용 검토
payment-remaining-title = 결제 후 남은 잔액
payment-monthly-unchanged = 월별 결제 방법은 변경되지 않습니다.
payment-pay-card = 신용카드로 결제
payment-continue-paypal = PayPal로 계속
payment-processing = 결제를 처리하는 중…
payment-checking = 결제 처리 결과를 확인하는 중…
payment-change = 변경
payment-resumed = 이 결제에 대한 응답을 아직 받지 못했습니다. 결제를 마치려면 다시 결제하십시오. 중복 청구되지 않습니다. 결제 내용을 변경하면 먼저 이 결제가 어떻게 처리되었는지 확인합니다.
payment-not-made = 이전 결제는 처리되지 않았으며 청구된 금액이 없습니다. 결제 내용을 변경한 후 다시 결제할 수 있습니다.
payment-too-old = 이전에 시작한 결제에 대한 응답을 받지 못했으며, 시간이 너무 많이 지나 안전하게 이어서 진행할 수 없습니다. 다시 결제하기 전에 결제 내역을 확인하십시오.
payment-succeeded-title = 결제 완료
payment-succeeded-body = 감사합니다. 결제가 완료되어 잔액이 업데이트되었습니다.
payment-new-balance = 새 잔액
payment-invoice = 송장
payment-paypal-title = PayPal에서 결제 승인
payment-paypal-body = PayPal에서 이 결제에 대한 승인을 요청합니다. 승인하기 전까지는 요금이 청구되지 않습니다.
payment-authenticate-title = 카드사에서 결제 확인
payment-authenticate-body = 카드사에서 이 결제에 대한 확인을 요청합니다. 확인하기 전까지는 요금이 청구되지 않습니다.
payment-approve = 승인
amount-error-empty = 결제 금액을 입력하십시오.
amount-error-not-a-number = 통화 기호 없이 { $example } 형식으로 금액을 입력하십시오.
amount-error-not-positive = 금액은 0보다 커야 합니다.
amount-error-too-many-decimals = { $digits ->
    [0] { $currency } 금액에는 소수점 이하 자릿수를 사용할 수 없습니다.
   *[other] { $currency } 금액은 소수점 이하 { $digits }자리까지만 입력할 수 있습니다.
}
amount-error-above-balance = 금액은 결제할 잔액({ $balance })을 초과할 수 없습니다.
amount-error-unknown-currency = 이 통화로는 여기에서 결제할 수 없습니다.
payment-status-processing = 처리 중
payment-status-requires-action = 조치 필요
payment-status-succeeded = 성공
payment-status-declined = 거절됨
payment-status-failed = 실패

## 청구 항목
item-description = 설명
item-category = 카테고리
item-device = 디바이스
item-recurring-fee = 반복 요금
item-created = 생성일
item-status = 상태
item-next-bill = 다음 청구일
item-actions = 작업
item-no-device = 연결되지 않음
item-select = { $item } 선택
item-associate = 연결
item-associate-named = { $item } 연결
item-dissociate = 연결 해제
item-dissociate-named = { $item } 연결 해제
item-cancel = 항목 취소
item-cancel-named = { $item } 항목 취소
item-not-changed = 변경되지 않음: { $reason }
items-intro = 청구 항목을 디바이스에 연결하거나 디바이스에서 연결 해제할 수 있습니다. 기본적으로 연결된 청구 항목이 표시되며, 다른 청구 항목을 보려면 보기를 선택하십시오.
items-filters = 청구 항목 보기 및 검색
items-view = 보기
items-view-associated = 연결된 청구 항목
items-view-dissociated = 연결되지 않은 청구 항목
items-view-all = 전체 청구 항목
items-search = 설명, 카테고리 또는 디바이스
items-count = { $count ->
   *[other] 청구 항목 { $count }개
}
items-empty = 이 보기에 표시할 청구 항목이 없습니다.
items-empty-search = 검색 조건에 맞는 청구 항목이 없습니다.
items-select-page = 이 페이지의 청구 항목 모두 선택
items-bulk = 일괄 작업
items-selected = { $count ->
    [0] 선택된 청구 항목 없음
   *[other] 청구 항목 { $count }개 선택됨
}
items-clear-selection = 선택 해제
items-associate-title = 디바이스에 연결
items-device-search = 디바이스 검색
items-device-matches = { $count ->
    [0] 일치하는 디바이스가 없습니다.
   *[other] 일치하는 디바이스가 { $count }개 있습니다.
}
items-device-required = 디바이스를 선택하십시오.
items-cancel-title = { $count ->
    [1] 청구 항목 취소
   *[other] 청구 항목 { $count }개 취소
}
items-cancel-when = 언제 청구를 중지하시겠습니까?
items-cancel-end-of-period = 청구 기간 종료 시
items-cancel-end-of-period-date = 청구 기간 종료 시({ $date })
items-cancel-immediately = 즉시
items-cancel-later-effect = { $count ->
    [1] 이 항목은 청구 기간이 끝날 때까지 활성 상태로 유지된 후 종료됩니다.
   *[other] 각 항목은 해당 청구 기간이 끝날 때까지 활성 상태로 유지된 후 종료됩니다.
} 이후 반복 요금이 { $amount }만큼 줄어듭니다.
items-cancel-now-effect = 오늘부터 청구가 중지됩니다. 반복 요금이 { $amount }만큼 줄어듭니다.
items-cancel-final = 취소된 청구 항목은 복원할 수 없습니다.
items-cancel-keep = { $count ->
   *[other] 청구 항목 유지
}
items-done-associate = { $count ->
   *[other] 청구 항목 { $count }개가 { $device }에 연결되었습니다.
}
items-done-dissociate = { $count ->
   *[other] 청구 항목 { $count }개의 연결이 해제되었습니다.
}
items-done-cancel-now = { $count ->
   *[other] 청구 항목 { $count }개가 취소되었습니다.
}
items-done-cancel-later = { $count ->
   *[other] 청구 항목 { $count }개가 청구 기간이 끝나면 취소됩니다.
}
items-failed = { $count ->
   *[other] 청구 항목 { $count }개를 변경할 수 없어 변경 전 상태로 표시됩니다:
}
items-retry = { $count ->
    [1] 실패한 항목 다시 시도
   *[other] 실패한 항목 { $count }개 다시 시도
}

## 청구 프로필
profile-bill-to = 송장 수신처
profile-bill-to-note = 변경 사항은 지금부터 발행되는 송장에 적용됩니다. 이미 발행된 송장은 발행 당시의 정보를 유지합니다.
profile-billing-address = 청구 주소
profile-tax-id = 세금 등록 번호
profile-tax-id-country = 발급 국가
profile-tax-id-number = 번호
profile-tax-id-help = EU 부가가치세 번호, 영국 부가가치세 번호, 스위스 UID, 노르웨이 조직 번호, 호주 ABN, 한국 사업자등록번호, 대만 통일사업자번호(統一編號)는 형식을 확인합니다. 그 밖의 번호는 입력한 그대로 저장됩니다. 번호를 비워 두면 삭제됩니다.
profile-tax-id-example = 이 국가의 세금 등록 번호 형식: { $example }
profile-edit = 편집
profile-save = 저장
profile-saving = 저장 중…
profile-saved = 청구 프로필을 저장했습니다. 지금부터 발행되는 송장에 적용됩니다.
profile-contacts = 청구 담당자
profile-contacts-note = 청구 관련 이메일을 받는 사람입니다. 최소 한 명은 송장을 받아야 합니다.
contact-email = 이메일 주소
contact-receives = 수신 항목
contact-actions = 작업
contact-topic-invoices = 송장
contact-topic-receipts = 결제 영수증
contact-topic-method-status = 결제 방법 상태 변경
contact-topic-other = 기타 메시지
contact-add = 담당자 추가
contact-edit = 편집
contact-save = 담당자 저장
contact-saving = 저장 중…
contact-added = 담당자를 추가했습니다.
contact-saved = 담당자를 저장했습니다.
contact-remove = 삭제
contact-removing = 삭제 중…
contact-remove-title = 이 담당자를 삭제하시겠습니까?
contact-remove-body = 이 주소로 더 이상 청구 관련 이메일이 발송되지 않습니다.
contact-removed = 담당자를 삭제했습니다.

## 결제 방법 관리
card-make-monthly = 이 카드를 월별 결제 방법으로 설정

## 결제 영수증
payment-view-receipt = 영수증 보기
receipt-title = 영수증 { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = PDF 다운로드
receipt-print = 인쇄
receipt-settled = 결제된 송장
receipt-invoice = 송장
receipt-applied = 적용 금액
receipt-settled-none = 이 결제는 송장별 내역이 없습니다.
receipt-bill-to = 영수증 수신처
receipt-none = 완료된 결제에만 영수증이 발급됩니다. 이 결제의 상태는 ‘{ $status }’입니다.

## 송장 다운로드
export-back = ‹ { invoices-table-title }
export-title = 송장 다운로드
export-intro = 필터로 송장을 선택하십시오. CSV에는 송장이 한 행씩 나열되고, ZIP에는 각 송장의 PDF와 CSV가 들어 있습니다.
export-matching = { $count ->
    [0] 이 필터에 해당하는 송장이 없습니다.
   *[other] 이 필터에 해당하는 송장이 { $count }건입니다.
}
export-csv = CSV 다운로드
export-zip = PDF 및 CSV 다운로드(ZIP)
export-demo-no-pdf = 데모에는 PDF를 만드는 청구 서버가 없어 PDF를 다운로드할 수 없습니다. CSV는 실제 계정에서와 같이 작동하며, 각 송장 페이지에서 인쇄할 수 있습니다.
export-starting = 다운로드를 준비하는 중…
export-listing = 송장 목록을 가져오는 중: { $total }건 중 { $done }건
export-listing-payments = 결제 목록을 가져오는 중: { $total }건 중 { $done }건
export-pdfs = PDF를 추가하는 중: { $total }건 중 { $done }건
export-cancel = 취소
export-cancelled = 다운로드가 취소되었습니다. 저장된 파일이 없습니다.
export-saved = { $file } 파일을 저장했습니다.
export-too-large = ZIP 파일 하나에 담을 수 있는 양을 초과합니다. 기간을 줄이는 등 송장 수를 줄여 나누어 다운로드하십시오.
payments-download-csv = CSV 다운로드
