# billing-portal — 한국어. 용어는 고객 포털 안내서(seeds)를 따릅니다.

## 화면 구성
nav-account = 계정
nav-billing = 청구
nav-invoices = 송장
nav-payment-methods = 결제 방법
nav-billing-items = 청구 항목
nav-make-payment = 결제하기
nav-payments = 결제 내역
nav-label = 청구 메뉴
breadcrumb-label = 현재 위치
skip-to-content = 본문으로 건너뛰기
language-label = 언어
demo-badge = 데모
demo-badge-help = 데모 모드: 이 브라우저에 저장된 샘플 데이터를 사용합니다. 실제 요금은 청구되지 않습니다.
language-unavailable = { $language } 언어 파일을 불러올 수 없어 페이지를 영어로 표시합니다.
loading-text = 불러오는 중…
action-retry = 다시 시도
action-reload = 새로 고침
status-unknown = 알 수 없음
viewer-notice = 청구 정보를 조회할 수 있습니다. 결제하거나 결제 방법을 변경하려면 청구 관리자 권한이 필요합니다.

## 오류
error-title = 문제가 발생했습니다
error-offline = 청구 서비스에 연결할 수 없습니다. 네트워크 연결을 확인한 후 다시 시도하십시오.
error-timeout = 청구 서비스의 응답 시간이 초과되었습니다. 다시 시도하십시오.
error-session-expired = 세션이 만료되었습니다. 계속하려면 다시 로그인하십시오.
error-forbidden = 청구 관리자만 이 작업을 수행할 수 있습니다.
error-not-found = 요청한 항목을 찾을 수 없습니다.
error-validation = 일부 정보를 수정해야 합니다. 강조 표시된 필드를 확인하십시오.
error-card-declined = 카드 승인이 거절되었습니다. 다른 카드를 사용하거나 카드사에 문의하십시오.
error-card-expired = 만료된 카드입니다. 다른 카드를 사용하십시오.
error-idempotency-mismatch = 이 요청은 이미 다른 내용으로 전송되었습니다. 처음부터 다시 진행하십시오.
error-last-payment-method = 유효한 결제 방법이 이것 하나뿐이고 결제할 잔액이 남아 있으므로 삭제할 수 없습니다.
error-amount-exceeds-balance = 결제 금액이 결제할 잔액을 초과합니다.
error-item-already-cancelled = 이미 취소된 청구 항목입니다.
error-conflict = 다른 사용자가 같은 항목을 동시에 변경했습니다. 페이지를 새로 고친 후 다시 시도하십시오.
error-rate-limited = 요청이 너무 많습니다. 잠시 후 다시 시도하십시오.
error-server = 청구 서비스에 문제가 발생했습니다. 변경된 내용은 없습니다. 나중에 다시 시도하십시오.
error-malformed = 청구 서비스에서 받은 응답을 읽을 수 없습니다. 나중에 다시 시도하십시오.
crash-title = 문제가 발생했습니다
crash-body = 오류로 인해 청구 페이지가 중지되었습니다. 계속하려면 페이지를 새로 고치십시오. 이 오류로 인해 청구된 금액은 없습니다.
config-error-title = 청구 페이지가 올바르게 설정되지 않았습니다
config-error-body = 이 페이지를 표시하는 콘솔에서 사용할 수 없는 설정을 전달했습니다. 관리자에게 문의하십시오.
not-found-title = 페이지를 찾을 수 없음
not-found-body = 이 주소에는 청구 페이지가 없습니다.
not-found-back = 송장으로 이동

## 청구 요약
summary-title = 청구 요약
summary-current-balance = 현재 잔액({ $currency })
summary-next-balance = 예상 차기 잔액({ $currency })
summary-payment-method = 결제 방법
summary-no-method = 등록된 결제 방법 없음
summary-last-invoice = 최종 반복 송장 날짜
summary-next-invoice = 차기 반복 송장 날짜
summary-pay-balance = 잔액 결제
chart-title = 최근 12개월 청구 금액({ $currency })
chart-show-table = 표로 보기
chart-month = 월
chart-invoiced = 청구 금액

## 송장
invoices-table-title = 전체 송장
invoices-count = { $count ->
   *[other] 송장 { $count }건
}
invoice-number = 송장 번호
invoice-date = 날짜
invoice-type = 유형
invoice-status = 상태
invoice-total = 합계
invoice-balance-due = 결제할 잔액
invoice-subtotal = 소계
invoice-tax = 세금
invoice-detail-title = 송장 { $number }
invoice-lines-title = 청구 항목
invoice-lines-hint = 세부사항을 보려면 청구 항목을 선택하십시오.
invoice-currency = 통화
invoice-actions = 작업
invoice-pay-now = 지금 결제
invoice-due-date = 결제 기한
invoice-period = 청구 기간
invoice-download-pdf = PDF 다운로드
invoice-pdf-preparing = PDF를 준비하는 중…
invoice-download-csv = CSV 다운로드
invoice-print = 인쇄
invoices-empty = 아직 송장이 없습니다.
invoices-empty-filtered = 이 필터 조건에 맞는 송장이 없습니다.
invoice-types-help = 송장 유형 안내
invoice-type-new-help = 일련의 반복 송장에서 첫 번째 송장입니다.
invoice-type-recurring-help = 1개월을 초과하여 계정에서 활성화된 반복 비용에 대한 송장입니다.
invoice-type-one-time-help = 다양한 지출에 대한 일회성 비용입니다(초과가 포함될 수 있음).
invoice-type-credit-help = 계정 잔액에 대한 크레딧입니다.
invoice-type-refund-help = 일회성 또는 반복 비용의 환입입니다.
filters-label = 송장 필터
filter-all = 전체
filter-from = 시작일
filter-to = 종료일
filter-search = 검색
filter-clear = 필터 지우기
pager-label = 페이지 이동
pager-range = 전체 { $total }건 중 { $first }–{ $last }
pager-previous = 이전 페이지
pager-next = 다음 페이지
invoice-type-new = 새로 작성
invoice-type-recurring = 매월 자동 청구
invoice-type-one-time = 1회 사용 요금
invoice-type-credit = 크레딧
invoice-type-refund = 환불
invoice-status-open = 미결
invoice-status-due = 결제 예정
invoice-status-past-due = 연체
invoice-status-paid = 결제 완료
invoice-status-void = 무효
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
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = 유니온페이
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = 카드
method-card-label = { $brand }(끝자리 { $last4 })
method-paypal-label = PayPal({ $email })
method-expires = 만기 날짜: { $expiry }
method-default = 월별 결제 방법
method-status-pending = 유효성 검증 대기 중
method-status-active = 활성
method-status-expired = 만료됨
method-status-declined = 거절됨

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
payment-nothing-due = 결제할 금액이 없습니다. 남은 잔액이 없습니다.
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
item-recurring-fee = 반복 비용
item-created = 생성일
item-status = 상태
item-status-active = 활성
item-status-cancellation-pending = 취소 예정
item-status-cancelled = 취소됨
