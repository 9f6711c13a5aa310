package dev.quickbite.gateway.web;

import dev.quickbite.gateway.deadletter.DeadLetterNotFoundException;
import dev.quickbite.gateway.deadletter.DeadLetterAlreadyHandledException;
import dev.quickbite.gateway.order.IdempotencyKey;
import dev.quickbite.gateway.order.IdempotencyKeyReusedException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error is an RFC 9457 problem. Input errors name the offending field(s) both in
 * {@code detail} and in an {@code errors} array of {field, message}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = Stream.concat(
                ex.getBindingResult().getFieldErrors().stream()
                        .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())),
                ex.getBindingResult().getGlobalErrors().stream()
                        .map(e -> new FieldProblem(e.getObjectName(), e.getDefaultMessage())))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return invalid(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(parameterName(result), error.getDefaultMessage())))
                .toList();
        return invalid(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getParameterName(), "is required")), headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        String expected = ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "another type";
        return invalid(List.of(new FieldProblem(field, "must be of type " + expected)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(unreadable(ex)), headers);
    }

    @ExceptionHandler(IdempotencyKey.InvalidIdempotencyKeyException.class)
    ResponseEntity<Object> invalidIdempotencyKey(IdempotencyKey.InvalidIdempotencyKeyException ex) {
        return invalid(List.of(new FieldProblem(IdempotencyKey.HEADER, ex.getMessage())), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", ex.getMessage());
    }

    @ExceptionHandler({OrderNotFoundException.class, DeadLetterNotFoundException.class})
    ResponseEntity<Object> notFound(RuntimeException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
    }

    @ExceptionHandler(OrderAlreadyConfirmedException.class)
    ResponseEntity<Object> alreadyConfirmed(OrderAlreadyConfirmedException ex) {
        return problem(HttpStatus.CONFLICT, "order already confirmed", ex.getMessage());
    }

    @ExceptionHandler(DeadLetterAlreadyHandledException.class)
    ResponseEntity<Object> deadLetterHandled(DeadLetterAlreadyHandledException ex) {
        return problem(HttpStatus.CONFLICT, "Dead letter already handled", ex.getMessage());
    }

    /**
     * The database is unreachable or dropped the connection mid-transaction. A connection lost at
     * commit leaves the outcome unknown to us, so the advice to clients is to retry with the same
     * Idempotency-Key.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransactionException.class,
            TransientDataAccessException.class})
    ResponseEntity<Object> databaseUnavailable(RuntimeException ex) {
        log.warn("Database unavailable: {}", ex.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problemBody(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                        "the database is unavailable; please retry later with the same Idempotency-Key"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the request failed unexpectedly");
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors, HttpHeaders headers) {
        String detail = "invalid " + errors.stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
        ProblemDetail body = problemBody(HttpStatus.BAD_REQUEST, "Invalid request", detail);
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(body);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(problemBody(status, title, detail));
    }

    private static ProblemDetail problemBody(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return body;
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter";
    }

    private static FieldProblem unreadable(HttpMessageNotReadableException ex) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return new FieldProblem(pathOf(mismatch), "has the wrong type or format");
            }
            if (t instanceof StreamReadException) {
                return new FieldProblem("body", "is not valid JSON");
            }
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return new FieldProblem(pathOf(jackson), "cannot be read");
            }
        }
        return new FieldProblem("body", "is missing or not a JSON object");
    }

    private static String pathOf(JacksonException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
