//! The payment form's flow as plain functions: what each answer means for the attempt on
//! review. The form (`form.rs`) shows what these say; they are tested natively.

use billing_core::contract::{ErrorBody, ErrorCode, Payment, PaymentStatus};

use crate::api::{ApiError, ApiResult};

/// Where an answer to the attempt (Pay, an approval, or asking what became of it) leads.
#[derive(Clone, Debug, PartialEq)]
pub enum Next {
    /// Paid: the receipt, and the card typed for it forgotten.
    Paid(Payment),
    /// The customer approves it where it asks (PayPal, the card's issuer).
    Approve(Payment),
    /// Still processing, or a state this client does not know: not a failure, so the
    /// attempt stays, unanswered, to be asked about or sent again with its key.
    Unknown,
    /// Declined or refused: nothing was charged; back to the details as they were, but for
    /// the security code, saying why.
    Correct(ApiError),
    /// Lost or failed on the way, or the host's token refused: the review stays, saying
    /// why, and the same attempt may be sent again.
    Retry(ApiError),
}

pub fn settled(answer: ApiResult<Payment>) -> Next {
    match answer {
        Ok(payment) => match payment.status {
            PaymentStatus::Succeeded => Next::Paid(payment),
            PaymentStatus::RequiresAction => Next::Approve(payment),
            PaymentStatus::Processing | PaymentStatus::Unknown => Next::Unknown,
            PaymentStatus::Declined | PaymentStatus::Failed => {
                let code = payment.failure_code.unwrap_or(ErrorCode::CardDeclined);
                Next::Correct(ApiError::Refused(ErrorBody::new(code, "")))
            }
        },
        // Nothing was charged, and nothing needs correcting: paid once the host has given a
        // new token.
        Err(error) if error.is_session_expired() => Next::Retry(error),
        Err(error @ ApiError::Refused(_)) => Next::Correct(error),
        Err(error) => Next::Retry(error),
    }
}

/// What a Pay's answer tells of its attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    /// Lost on the way: kept, to be sent again or asked about.
    Unanswered,
    /// Refused before the backend looked at the attempt (the token, the role): nothing is
    /// learnt of an earlier unanswered send, which stays as it was.
    NothingLearnt,
    /// Its own answer: nothing is left to send again.
    Answered,
}

pub fn sent(answer: &ApiResult<Payment>) -> Sent {
    match answer {
        Err(error) if error.is_retryable() => Sent::Unanswered,
        Err(error) if !error.is_about_the_request() => Sent::NothingLearnt,
        _ => Sent::Answered,
    }
}

/// What asking about an unanswered attempt found.
#[derive(Clone, Debug, PartialEq)]
pub enum Asked {
    /// Still not known: the attempt stays unanswered, and no other can start.
    Unknown(ApiError),
    /// It was carried out (or refused): that is its answer.
    Answered(Next),
    /// It never was: back to the details, free to start again.
    NotMade,
}

/// `outcome` is the backend's word on the attempt (see `api::settled`).
pub fn asked(outcome: ApiResult<Option<ApiResult<Payment>>>) -> Asked {
    match outcome {
        Err(error) => Asked::Unknown(error),
        Ok(Some(answer)) => Asked::Answered(settled(answer)),
        Ok(None) => Asked::NotMade,
    }
}

#[cfg(test)]
mod tests {
    use billing_core::seed;

    use super::*;

    fn payment(status: PaymentStatus, failure_code: Option<ErrorCode>) -> Payment {
        let mut payment = seed::generate(48, 1).payments[0].clone();
        payment.status = status;
        payment.failure_code = failure_code;
        payment
    }

    fn refused(code: ErrorCode) -> ApiError {
        ApiError::Refused(ErrorBody::new(code, ""))
    }

    #[test]
    fn each_state_of_a_payment_leads_where_the_customer_expects() {
        let paid = payment(PaymentStatus::Succeeded, None);
        assert_eq!(settled(Ok(paid.clone())), Next::Paid(paid));
        let waiting = payment(PaymentStatus::RequiresAction, None);
        assert_eq!(settled(Ok(waiting.clone())), Next::Approve(waiting));
        for status in [PaymentStatus::Processing, PaymentStatus::Unknown] {
            assert_eq!(settled(Ok(payment(status, None))), Next::Unknown);
        }
        let declined = payment(PaymentStatus::Declined, Some(ErrorCode::CardDeclined));
        assert_eq!(
            settled(Ok(declined)),
            Next::Correct(refused(ErrorCode::CardDeclined))
        );
        // Failed on approval, because the balance was paid meanwhile: said so.
        let late = payment(PaymentStatus::Failed, Some(ErrorCode::BalanceChanged));
        assert_eq!(
            settled(Ok(late)),
            Next::Correct(refused(ErrorCode::BalanceChanged))
        );
        // Declined with no reason given: a decline.
        assert_eq!(
            settled(Ok(payment(PaymentStatus::Declined, None))),
            Next::Correct(refused(ErrorCode::CardDeclined))
        );
    }

    #[test]
    fn a_refusal_goes_back_to_correct_and_a_failure_on_the_way_stays_to_retry() {
        let over = refused(ErrorCode::AmountExceedsBalance);
        assert_eq!(settled(Err(over.clone())), Next::Correct(over));
        let expired = refused(ErrorCode::Unauthorized);
        assert!(expired.is_session_expired());
        assert_eq!(settled(Err(expired.clone())), Next::Retry(expired));
        for error in [
            ApiError::Offline,
            ApiError::Timeout,
            ApiError::Server { status: 502 },
        ] {
            assert_eq!(settled(Err(error.clone())), Next::Retry(error));
        }
    }

    #[test]
    fn only_the_attempts_own_answer_frees_it_and_a_lost_one_keeps_it() {
        assert_eq!(sent(&Err(ApiError::Offline)), Sent::Unanswered);
        assert_eq!(sent(&Err(ApiError::Timeout)), Sent::Unanswered);
        assert_eq!(
            sent(&Err(refused(ErrorCode::Unauthorized))),
            Sent::NothingLearnt
        );
        assert_eq!(
            sent(&Err(refused(ErrorCode::AmountExceedsBalance))),
            Sent::Answered
        );
        assert_eq!(
            sent(&Ok(payment(PaymentStatus::Succeeded, None))),
            Sent::Answered
        );
    }

    #[test]
    fn asking_about_an_attempt_never_takes_not_knowing_for_not_made() {
        assert_eq!(
            asked(Err(ApiError::Offline)),
            Asked::Unknown(ApiError::Offline)
        );
        assert_eq!(asked(Ok(None)), Asked::NotMade);
        let paid = payment(PaymentStatus::Succeeded, None);
        assert_eq!(
            asked(Ok(Some(Ok(paid.clone())))),
            Asked::Answered(Next::Paid(paid))
        );
    }
}
