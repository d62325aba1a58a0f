# billing-portal — 한국어: 서버가 만드는 송장과 영수증 PDF(server/src/pdf).
# main.ftl의 용어를 씁니다. 금액, 숫자, 날짜는 한국어 형식으로 들어오며 메시지는 그 위치만 정합니다.

## 두 문서 공통
# 날짜 표기 형식(CLDR 패턴 문법).
document-date-pattern = y. M. d.
document-money = { $amount } { $currency }
document-page = { $pages }쪽 중 { $page }쪽
document-date-range = { $start } ~ { $end }
document-person = { $last } { $first }
document-place = { $city } { $postal }
document-place-state = { $state } { $city } { $postal }
document-tax-id = 세금 등록 번호({ $country }): { $number }
document-unknown = 알 수 없음

## 송장
document-invoice-title = 송장 { $number }
document-invoice-date = 발행일
document-due-date = 결제 기한
document-period = 청구 기간
document-type = 유형
document-status = 상태
document-type-new = 신규
document-type-recurring = 반복 청구
document-type-one-time = 일회성 요금
document-type-credit = 크레딧
document-type-refund = 환불
document-status-open = 미결제
document-status-due = 결제 필요
document-status-past-due = 연체
document-status-paid = 결제 완료
document-status-void = 무효
document-bill-to = 송장 수신처
document-lines-title = 청구 항목
document-line-description = 설명
document-line-quantity = 수량
document-line-unit-price = 단가
document-line-amount = 금액
document-line-tax = 세금
document-line-resource = { $resource }, { $start } ~ { $end }
document-subtotal = 소계
document-tax = 세금
document-total = 합계
document-balance-due = 결제할 잔액

## 영수증
document-receipt-title = 영수증 { $reference }
document-receipt-amount = 결제 금액
document-receipt-date = 날짜
document-receipt-method = 결제 방법
document-receipt-reference = 참조 번호
document-receipt-settled = 결제된 송장
document-receipt-invoice = 송장
document-receipt-applied = 적용 금액
document-receipt-settled-none = 이 결제는 송장별 내역이 없습니다.
document-receipt-bill-to = 영수증 수신처
document-card = { $brand }(끝자리 { $last4 })
document-paypal = PayPal({ $email })
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = UnionPay
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = 카드
