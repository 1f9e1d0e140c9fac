package cn.rxzf.portal.app;

import cn.rxzf.portal.web.BodyLimits;
import cn.rxzf.portal.web.ErrorPages;
import cn.rxzf.portal.web.HttpError;
import cn.rxzf.portal.web.InputChecks;
import cn.rxzf.portal.web.JettyErrorPage;
import cn.rxzf.portal.web.Redirect;
import cn.rxzf.portal.web.RefusedBodies;
import cn.rxzf.portal.web.SameOrigin;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.Uploads;

import cn.rxzf.portal.comments.CommentController;
import cn.rxzf.portal.comments.CommentService;
import cn.rxzf.portal.comments.CommentStore;
import cn.rxzf.portal.comments.CommentWriter;
import cn.rxzf.portal.commitments.CommitmentController;
import cn.rxzf.portal.commitments.CommitmentStore;
import cn.rxzf.portal.commitments.Commitments;
import cn.rxzf.portal.creditrepair.ApplicationController;
import cn.rxzf.portal.creditrepair.CreditReviewController;
import cn.rxzf.portal.creditrepair.CreditReviewService;
import cn.rxzf.portal.creditrepair.CreditService;
import cn.rxzf.portal.creditrepair.EligibilityController;
import cn.rxzf.portal.creditrepair.RepairStore;
import cn.rxzf.portal.creditrepair.StatusController;
import cn.rxzf.portal.feedback.FeedbackController;
import cn.rxzf.portal.feedback.FeedbackStore;
import cn.rxzf.portal.review.CommitmentReviewController;
import cn.rxzf.portal.review.ReviewController;
import cn.rxzf.portal.review.VisitReviewController;
import cn.rxzf.portal.visits.VisitController;
import cn.rxzf.portal.visits.VisitStore;
import cn.rxzf.portal.visits.Visits;
import cn.rxzf.portal.web.StaticSite;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import java.util.List;

/**
 * Creates the (unstarted) service. Every route is listed in {@link #routes}; handlers are method references.
 * Static files are the fallback for every GET that no route claims. Errors of every kind are rendered by
 * {@link ErrorPages}: no stack trace and no echo of the request reaches a user.
 */
public final class WebApp {
    /** The routes that take a file, and their body limit; every other route takes {@link BodyLimits#FORM}. */
    public static final BodyLimits BODY_LIMITS = new BodyLimits(java.util.Map.of(
            "/credit/apply/files", Uploads.MAX_REQUEST,
            "/credit/status/files", Uploads.MAX_REQUEST,
            "/commitments/files", Uploads.MAX_REQUEST));

    private WebApp() {}

    public static Javalin create(Services services) {
        StaticSite site = new StaticSite(services.settings().outDir());
        ErrorPages errors = services.errors();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = BodyLimits.FORM;
            // Attachments are kept in memory while checked (never in a temporary folder), one file per request.
            config.jetty.multipartConfig.maxFileSize(Uploads.MAX_FILE_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(Uploads.MAX_FILE_BYTES + 1, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(Uploads.MAX_REQUEST, SizeUnit.BYTES);
            // A refused body is read (bounded) after its 413 is sent, so the answer is not lost to a reset.
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new RefusedBodies(), "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            // Let in-flight requests finish on stop (Javalin's default stop timeout is 0).
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new JettyErrorPage());
            });
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(16 * 1024);
                http.setSendServerVersion(false);
            });
            config.routes.before(StaticSite::securityHeaders);
            config.routes.before(new SameOrigin(services.clients())::check);
            config.routes.before(BODY_LIMITS::check);
            config.routes.before(InputChecks::pathEscapes);
            config.routes.before(InputChecks::formText);
            config.routes.exception(HttpError.class, (e, ctx) -> {
                if (e.retryAfterSeconds > 0) ctx.header("Retry-After", Long.toString(e.retryAfterSeconds));
                errors.render(ctx, e.status, e.getMessage(), e.next);
            });
            config.routes.exception(Redirect.class, (e, ctx) -> ctx.redirect(e.location, io.javalin.http.HttpStatus.SEE_OTHER));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> errors.render(ctx, e.getStatus(),
                    ErrorPages.genericMessage(e.getStatus())));
            config.routes.exception(Exception.class, errors::unexpected);
            routes(config, services);
            config.routes.get("/*", site::serve);
            config.routes.head("/*", site::serve);
            for (int status : new int[] {404, 405, 413, 415, 431}) {
                config.routes.error(status, ctx -> {
                    if (ctx.resultInputStream() == null) {
                        errors.render(ctx, status, ErrorPages.genericMessage(status));
                    }
                });
            }
        });
    }

    private static void routes(JavalinConfig config, Services services) {
        RoutesConfig routes = config.routes;
        cn.rxzf.portal.web.ReadingMode reading = new cn.rxzf.portal.web.ReadingMode(services.settings().outDir());
        routes.get("/prefs/elder", reading::choose);
        routes.get("/prefs/elder.css", reading::stylesheet);
        routes.get("/healthz", ctx -> health(ctx, services));
        cn.rxzf.portal.search.SearchController search = new cn.rxzf.portal.search.SearchController(services);
        routes.get("/api/search", search::api);
        routes.get("/search", search::page);
        cn.rxzf.portal.exemption.CheckController check = new cn.rxzf.portal.exemption.CheckController(services);
        routes.get("/check/", check::general);
        routes.get("/check/{itemId}", check::page);
        if (!services.hasDatabase()) return;

        CommentStore commentStore = new CommentStore(services.jdbi(), services.keys());
        CommentWriter commentWriter = new CommentWriter(commentStore);
        // Once no request runs any more, and before the caller closes the database: store what is still queued.
        config.events.serverStopped(commentWriter::close);
        config.events.serverStopFailed(commentWriter::close);
        CommentService commentService = new CommentService(commentStore, commentWriter, services.tokens(),
                services.limits(), services.clock(), services.settings().draftCommentLimit());
        CommentController comments = new CommentController(services, commentStore, commentService);
        routes.get("/drafts/{id}/", comments::draftPage);
        routes.get("/drafts/{id}/comments", comments::backToForm);
        routes.post("/drafts/{id}/comments", comments::submit);
        routes.get("/comments/", comments::lookup);
        routes.get("/comments/{trackingNo}", comments::receipt);
        routes.get("/api/drafts/{id}", comments::draftJson);

        cn.rxzf.portal.questionnaires.QuestionnaireStore questionnaireStore =
                new cn.rxzf.portal.questionnaires.QuestionnaireStore(services.jdbi(), services.keys());
        cn.rxzf.portal.questionnaires.QuestionnaireService questionnaireService =
                new cn.rxzf.portal.questionnaires.QuestionnaireService(questionnaireStore,
                        services.tokens(), services.limits(), services.clock(),
                        services.settings().questionnaireAnswerLimit());
        cn.rxzf.portal.questionnaires.QuestionnaireController questionnaires =
                new cn.rxzf.portal.questionnaires.QuestionnaireController(services, questionnaireService);
        routes.get("/questionnaires/{id}/", questionnaires::page);
        routes.get("/questionnaires/{id}/answers", questionnaires::backToForm);
        routes.post("/questionnaires/{id}/answers", questionnaires::submit);
        routes.get("/questionnaires/{id}/answers/{reference}", questionnaires::receipt);
        routes.get("/questionnaires/{id}/results.csv", questionnaires::resultsCsv);
        routes.get("/questionnaires/{id}/results.json", questionnaires::resultsJson);

        FeedbackStore feedbackStore = new FeedbackStore(services.jdbi());
        FeedbackController feedback = new FeedbackController(services, feedbackStore);
        routes.get("/feedback", feedback::form);
        routes.post("/feedback", feedback::submit);
        routes.post("/feedback/vote", feedback::vote);
        routes.get("/feedback/thanks", feedback::thanks);

        cn.rxzf.portal.web.auth.ReviewerAuth auth = new cn.rxzf.portal.web.auth.ReviewerAuth(services);
        cn.rxzf.portal.review.SignInController signIn = new cn.rxzf.portal.review.SignInController(services, auth,
                cn.rxzf.portal.review.PasswordPool.forThisMachine());
        routes.get("/review/login", signIn::form);
        routes.post("/review/login", signIn::login);
        routes.post("/review/login/code", signIn::code);
        routes.post("/review/logout", signIn::logout);
        cn.rxzf.portal.review.AccountController account = new cn.rxzf.portal.review.AccountController(services, auth);
        routes.get("/review/account", account::page);
        routes.post("/review/account/second-factor", account::enrol);
        RepairStore repairs = new RepairStore(services.jdbi(), services.keys());
        Commitments commitments = new Commitments(new CommitmentStore(services.jdbi(), services.keys()), services.keys(),
                services.clock());
        Visits visits = new Visits(new VisitStore(services.jdbi(), services.keys()), services.keys(), services.clock());
        cn.rxzf.portal.review.QuestionnaireReviewController questionnaireReview =
                new cn.rxzf.portal.review.QuestionnaireReviewController(services, auth,
                        new cn.rxzf.portal.questionnaires.TextModeration(questionnaireStore, services.clock()));
        ReviewController review = new ReviewController(services, auth, commentStore, feedbackStore, List.of(
                reviewer -> repairs.waiting(reviewer.isAdmin() ? null : reviewer.department()),
                reviewer -> commitments.store().waiting(reviewer.isAdmin() ? null : reviewer.department()),
                reviewer -> reviewer.isSupervisor() || reviewer.isAdmin()
                        ? visits.store().supervision(reviewer.isAdmin() ? null : reviewer.department(), reviewer.id())
                        : null,
                questionnaireReview::summary));
        routes.get("/review/", review::queue);
        routes.get("/review/drafts/{id}", review::draft);
        routes.get("/review/drafts/{id}/adoption.md", review::exportAdoption);
        routes.post("/review/comments/{trackingNo}/decision", review::decide);
        routes.get("/review/feedback", review::feedbackList);
        routes.get("/review/questionnaires/", questionnaireReview::queue);
        routes.get("/review/questionnaires/{id}", questionnaireReview::questionnaire);
        routes.post("/review/questionnaires/{id}/texts/{textId}", questionnaireReview::decide);

        CreditService credit = new CreditService(repairs, services.site(), services.keys(), services.limits(),
                services.clock(), CreditService.StorageCaps.megabytes(services.settings().creditDraftsClientMb(),
                        services.settings().creditDraftsTotalMb()));
        EligibilityController eligibility = new EligibilityController(services, credit);
        routes.get("/credit/", eligibility::start);
        routes.get("/credit/eligibility", eligibility::eligibility);
        ApplicationController application = new ApplicationController(services, credit);
        routes.post("/credit/apply", application::begin);
        routes.post("/credit/apply/submit", application::submit);
        routes.get("/credit/receipt", application::receipt);
        routes.post("/credit/apply/files", application::upload);
        routes.post("/credit/apply/files/{fileId}/delete", application::deleteFile);
        routes.get("/credit/apply/{step}", application::showStep);
        routes.post("/credit/apply/{step}", application::answerStep);
        StatusController status = new StatusController(services, credit);
        routes.get("/credit/status", status::statusForm);
        routes.post("/credit/status", status::status);
        routes.post("/credit/status/files", status::upload);
        routes.post("/credit/status/resubmit", status::resubmit);
        CreditReviewController creditReview = new CreditReviewController(services,
                new CreditReviewService(repairs, new cn.rxzf.portal.web.auth.AuditLog(services.jdbi()), services.clock()), auth);
        routes.get("/review/credit/", creditReview::queue);
        routes.get("/review/credit/{reference}", creditReview::application);
        routes.get("/review/credit/{reference}/files/{fileId}", creditReview::file);
        routes.post("/review/credit/{reference}/action", creditReview::act);

        CommitmentController commitment = new CommitmentController(services, commitments);
        routes.get("/commitments/", commitment::openForm);
        routes.post("/commitments/", commitment::open);
        routes.get("/commitments/view", commitment::view);
        routes.post("/commitments/sign", commitment::sign);
        routes.post("/commitments/files", commitment::upload);
        routes.get("/commitments/print", commitment::print);
        CommitmentReviewController officer = new CommitmentReviewController(services, auth, commitments);
        routes.get("/review/commitments/", officer::queue);
        routes.get("/review/commitments/new", officer::newForm);
        routes.post("/review/commitments/new", officer::create);
        routes.get("/review/commitments/{reference}", officer::view);
        routes.get("/review/commitments/{reference}/notice", officer::notice);
        routes.get("/review/commitments/{reference}/files/{fileId}", officer::file);
        routes.post("/review/commitments/{reference}/decision", officer::decide);
        routes.post("/review/commitments/{reference}/code", officer::reissue);

        VisitController visit = new VisitController(services, visits);
        routes.get("/visits/", visit::openForm);
        routes.post("/visits/", visit::open);
        routes.get("/visits/answer", visit::form);
        routes.post("/visits/answer", visit::submit);
        VisitReviewController visitReview = new VisitReviewController(services, auth, visits);
        routes.get("/review/visits/", visitReview::queue);
        routes.get("/review/visits/new", visitReview::newForm);
        routes.post("/review/visits/new", visitReview::create);
        routes.get("/review/visits/{reference}/notice", visitReview::notice);
        routes.get("/review/supervision/", visitReview::supervision);
        routes.post("/review/supervision/complaints/{reference}", visitReview::handleComplaint);
        routes.post("/review/supervision/integrity/{id}", visitReview::reviewIntegrity);

        cn.rxzf.portal.web.LiveStatistics statistics = new cn.rxzf.portal.web.LiveStatistics(services, List.of(
                () -> cn.rxzf.portal.commitments.CommitmentStatistics.table(commitments.store(), services.site().content()),
                () -> cn.rxzf.portal.visits.SatisfactionStatistics.table(visits.store(), services.site().content()),
                () -> cn.rxzf.portal.web.SatisfactionTable.of(services.site().content(),
                        cn.rxzf.portal.visits.SatisfactionStatistics.counts(visits.store()),
                        questionnaireService.satisfaction(services.site().content().questionnaires.values()))));
        routes.get("/statistics/online/", statistics::page);
        routes.get("/statistics/online.json", statistics::json);
    }

    /**
     * 200 {"status":"ok"} when the service can reach its database and write to it (or has none); 503 with the reason
     * otherwise. The check runs at most once a second ({@link cn.rxzf.portal.db.HealthCheck}).
     */
    private static void health(io.javalin.http.Context ctx, Services services) {
        ctx.header("Cache-Control", "no-store");
        if (services.health() == null) {
            ctx.json(java.util.Map.of("status", "ok"));
            return;
        }
        cn.rxzf.portal.db.HealthCheck.Result result = services.health().get();
        if (result.ok()) {
            ctx.json(java.util.Map.of("status", "ok"));
        } else {
            ctx.header("Retry-After", Integer.toString(ErrorPages.RETRY_AFTER_SECONDS));
            ctx.status(503).json(java.util.Map.of("status", "unavailable", "reason", result.reason()));
        }
    }
}
