// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description Liveness: the process answers
         */
        get: operations["healthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers a ping and, on a Galera cluster, this node is ready, synced and primary (503 SERVICE_UNAVAILABLE when not)
         * @description Readiness: the database answers a ping and, on a Galera cluster, this node is ready, synced and primary (503 SERVICE_UNAVAILABLE when not)
         */
        get: operations["healthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A resident joins a community by its code
         * @description A resident joins a community by its code
         */
        post: operations["authRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with phone and password
         * @description Log in with phone and password
         */
        post: operations["authLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a refresh token; a reused token revokes its whole family
         * @description Rotate a refresh token; a reused token revokes its whole family
         */
        post: operations["authRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the refresh token and every token rotated from it
         * @description Revoke the refresh token and every token rotated from it
         */
        post: operations["authLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your profile, roles and community
         * @description Your profile, roles and community
         */
        get: operations["authMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all communities (platform admin)
         * @description Roles: platform_admin (the platform admin always may).
         */
        get: operations["communitiesList"];
        put?: never;
        /**
         * Create a community (platform admin)
         * @description Roles: platform_admin (the platform admin always may).
         */
        post: operations["communitiesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A community you belong to
         * @description A community you belong to
         */
        get: operations["communitiesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community's grids; intake tokens are shown to staff only
         * @description The community's grids; intake tokens are shown to staff only
         */
        get: operations["gridsList"];
        put?: never;
        /**
         * Create a grid with its wish-intake token
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["gridsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/{id}/wish-qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * QR code of the grid's wish-intake link (PUBLIC_BASE_URL/wish?g=token)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        get: operations["gridsWishQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import members from an .xlsx or .csv file (base64): dryRun checks every row and writes nothing; the real run creates the good rows and skips existing members
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["membersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/members/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The import template (?format=xlsx, the default, or csv)
         * @description Roles: community_admin (the platform admin always may).
         */
        get: operations["membersTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members, newest first, optionally by role
         * @description Roles: community_admin, grid_worker, store_staff (the platform admin always may).
         */
        get: operations["membersList"];
        put?: never;
        /**
         * Create a member with roles (a volunteer created here is approved)
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["membersCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Names behind member ids (up to 100), with masked phones: how staff pages show people, not ids
         * @description Roles: community_admin, grid_worker, store_staff (the platform admin always may).
         */
        get: operations["membersPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volunteers, e.g. ?status=pending applications
         * @description Roles: community_admin, grid_worker (the platform admin always may).
         */
        get: operations["membersListVolunteers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One member of your community
         * @description Roles: community_admin, grid_worker, store_staff (the platform admin always may).
         */
        get: operations["membersGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a member: name, roles, grid, address, password, disabled
         * @description Roles: community_admin (the platform admin always may).
         */
        patch: operations["membersUpdate"];
        trace?: never;
    };
    "/api/v1/volunteers/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to volunteer (pending until approved)
         * @description Roles: resident (the platform admin always may).
         */
        post: operations["membersApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a volunteer
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["membersApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a volunteer
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["membersSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/recognition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Star level hours, badges by lifetime points, and holidays of the recording deadline
         * @description Star level hours, badges by lifetime points, and holidays of the recording deadline
         */
        get: operations["recognitionGet"];
        /**
         * Set star level hours (rising), badges and holidays
         * @description Roles: community_admin (the platform admin always may).
         */
        put: operations["recognitionSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/privacy-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The privacy notice in force, with its version (forms send it back)
         * @description The privacy notice in force, with its version (forms send it back)
         */
        get: operations["privacyNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The notice version you agreed to, and whether lists show your name
         * @description The notice version you agreed to, and whether lists show your name
         */
        get: operations["privacyMine"];
        put?: never;
        /**
         * Agree to the current privacy notice, or agree / withdraw showing your full name on lists
         * @description Agree to the current privacy notice, or agree / withdraw showing your full name on lists
         */
        post: operations["privacyAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your balance, lifetime totals and points expiring in the next 30 days
         * @description Your balance, lifetime totals and points expiring in the next 30 days
         */
        get: operations["pointsMyPoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/points/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your ledger entries, newest first (keyset pagination)
         * @description Your ledger entries, newest first (keyset pagination)
         */
        get: operations["pointsMyEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's balance (staff of the member's community)
         * @description Roles: community_admin, store_staff, grid_worker (the platform admin always may).
         */
        get: operations["pointsMemberPoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/points/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's ledger entries, newest first
         * @description Roles: community_admin, store_staff, grid_worker (the platform admin always may).
         */
        get: operations["pointsMemberEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/points/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit or debit a member by hand, with a reason (audit-logged; never overdraws)
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["pointsAdjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/point-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community's current point rules and their version
         * @description The community's current point rules and their version
         */
        get: operations["pointsGetRules"];
        /**
         * Replace the point rules (adds a version; past postings keep theirs)
         * @description Roles: community_admin (the platform admin always may).
         */
        put: operations["pointsPutRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/point-rules/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the point rules, newest first, with who set it and when
         * @description Roles: community_admin, grid_worker (the platform admin always may).
         */
        get: operations["pointsRulesHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wishes of your community (staff, volunteers; contacts masked for volunteers) or your own (residents)
         * @description Wishes of your community (staff, volunteers; contacts masked for volunteers) or your own (residents)
         */
        get: operations["wishesList"];
        put?: never;
        /**
         * Post a wish (residents), or post for a resident with onBehalfOf (grid workers)
         * @description Roles: resident, grid_worker, community_admin (the platform admin always may).
         */
        post: operations["wishesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One wish
         * @description One wish
         */
        get: operations["wishesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Volunteers to dispatch to: the approved volunteers of the wish's grid, skills matching first, then the least busy
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        get: operations["wishesCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a wish for volunteers (pending_review → open)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["wishesApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a wish with a reason
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["wishesReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/follow-up/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the follow-up a low rating opened, with a note of what was found and done (回访)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["wishesResolveFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch an open wish to an approved volunteer (派单)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["wishesAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an open wish (approved volunteers; one claimer at a time)
         * @description Roles: volunteer (the platform admin always may).
         */
        post: operations["wishesClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a claimed wish back (claimer)
         * @description Roles: volunteer (the platform admin always may).
         */
        post: operations["wishesRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the help as done, with a note (claimer)
         * @description Roles: volunteer (the platform admin always may).
         */
        post: operations["wishesComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a wish (owner or staff)
         * @description Cancel a wish (owner or staff)
         */
        post: operations["wishesCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate the help 1–5 (the owner): closes the wish and awards the claimer's points
         * @description Rate the help 1–5 (the owner): closes the wish and awards the claimer's points
         */
        post: operations["wishesFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/feedback-on-behalf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the rating a resident gave you by phone or on a visit (回访); audit-logged in your name, never for help you gave
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["wishesFeedbackOnBehalf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a wish from a grid's QR code; keep the tracking code
         * @description Post a wish from a grid's QR code; keep the tracking code
         */
        post: operations["publicWishesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/wishes/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status and history of a wish by its tracking code
         * @description Status and history of a wish by its tracking code
         */
        get: operations["publicWishesStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/wishes/{trackingCode}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate completed help 1–5 with the tracking code
         * @description Rate completed help 1–5 with the tracking code
         */
        post: operations["publicWishesFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Items of your community's store, with availability and your remaining limit
         * @description Items of your community's store, with availability and your remaining limit
         */
        get: operations["storeListItems"];
        put?: never;
        /**
         * Add an item: goods (stock), service (slots) or honour
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        post: operations["storeCreateItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit, activate or deactivate an item, or set its active window
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        patch: operations["storeUpdateItem"];
        trace?: never;
    };
    "/api/v1/store/items/{id}/restock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add stock to goods
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        post: operations["storeRestock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/items/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a bookable time slot to a service
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        post: operations["storeAddSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community's redemptions, newest first, by status
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        get: operations["storeListRedemptions"];
        put?: never;
        /**
         * Reserve an item: points and stock are taken now; show the pickup code at the desk
         * @description Reserve an item: points and stock are taken now; show the pickup code at the desk
         */
        post: operations["storeRedeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/redemptions/by-pickup-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who collects what: the reservation behind a pickup code, before handing it over
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        get: operations["storeLookUp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/redemptions/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand over a reservation against its pickup code (核销)
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        post: operations["storeVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/redemptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a reservation (the member, or staff): points and stock come back
         * @description Cancel a reservation (the member, or staff): points and stock come back
         */
        post: operations["storeCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/cards/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whose member card this is and their balance, before charging it (changes nothing)
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        post: operations["storeInspectCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/store/counter-redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem at the counter for a scanned member card: fulfilled at once
         * @description Roles: store_staff, community_admin (the platform admin always may).
         */
        post: operations["storeCounter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your redemptions, newest first (pickup codes of open reservations included)
         * @description Your redemptions, newest first (pickup codes of open reservations included)
         */
        get: operations["storeMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your member card: a token valid 5 minutes, or its QR (?format=png|svg)
         * @description Your member card: a token valid 5 minutes, or its QR (?format=png|svg)
         */
        get: operations["storeCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community's activities, newest first
         * @description The community's activities, newest first
         */
        get: operations["serviceHoursList"];
        put?: never;
        /**
         * Create a volunteer activity (you become its organiser)
         * @description Roles: community_admin, grid_worker (the platform admin always may).
         */
        post: operations["serviceHoursCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One activity
         * @description One activity
         */
        get: operations["serviceHoursGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an activity (organiser)
         * @description Roles: community_admin, grid_worker (the platform admin always may).
         */
        patch: operations["serviceHoursUpdate"];
        trace?: never;
    };
    "/api/v1/activities/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who signed up, in order (organiser): the roster to mark attendance by
         * @description Who signed up, in order (organiser): the roster to mark attendance by
         */
        get: operations["serviceHoursSignups"];
        put?: never;
        /**
         * Sign up (approved volunteers, within capacity)
         * @description Roles: volunteer (the platform admin always may).
         */
        post: operations["serviceHoursSignUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/signups/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw before the start
         * @description Roles: volunteer (the platform admin always may).
         */
        delete: operations["serviceHoursWithdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/checkin-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rotating check-in/out code (organiser); ?format=png|svg for a QR
         * @description The rotating check-in/out code (organiser); ?format=png|svg for a QR
         */
        get: operations["serviceHoursCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check in with the code the organiser shows
         * @description Roles: volunteer (the platform admin always may).
         */
        post: operations["serviceHoursCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check out with the current code; minutes are clipped to the activity
         * @description Roles: volunteer (the platform admin always may).
         */
        post: operations["serviceHoursCheckOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/attendances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity's attendances (organiser)
         * @description The activity's attendances (organiser)
         */
        get: operations["serviceHoursAttendances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/attendances/{userId}/mark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a volunteer's attendance by hand (organiser)
         * @description Record a volunteer's attendance by hand (organiser)
         */
        post: operations["serviceHoursMark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/attendances/{userId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve (optionally correcting minutes, with a reason): posts the points once
         * @description Approve (optionally correcting minutes, with a reason): posts the points once
         */
        post: operations["serviceHoursApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service records to review, e.g. ?status=pending
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        get: operations["serviceHoursListRecords"];
        put?: never;
        /**
         * Report service you did (date, minutes, description)
         * @description Roles: volunteer (the platform admin always may).
         */
        post: operations["serviceHoursCreateRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/service-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your own service reports, newest first, with their review state
         * @description Your own service reports, newest first, with their review state
         */
        get: operations["serviceHoursMyRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-records/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a service record, optionally lowering its minutes with a reason: posts points once
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["serviceHoursApproveRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-records/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a service record with a reason
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["serviceHoursRejectRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your approved minutes this month, this year and in total, with recent items
         * @description Your approved minutes this month, this year and in total, with recent items
         */
        get: operations["serviceHoursMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/record-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your correction requests and their decisions, newest first
         * @description Your correction requests and their decisions, newest first
         */
        get: operations["recordCorrectionsMine"];
        put?: never;
        /**
         * Ask for the minutes of a line of your record to be corrected
         * @description Ask for the minutes of a line of your record to be corrected
         */
        post: operations["recordCorrectionsRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/record-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community's correction requests, e.g. ?status=pending (staff)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        get: operations["recordCorrectionsOfCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-corrections/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept: the line takes the minutes asked for, and the points follow once through the ledger
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["recordCorrectionsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-corrections/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse with a reason; the volunteer is told
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["recordCorrectionsRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/service-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your volunteer record: approved service, completed wishes, trainings and honours, with totals per year
         * @description Your volunteer record: approved service, completed wishes, trainings and honours, with totals per year
         */
        get: operations["serviceRecordMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/overdue-recording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities and service reports still unrecorded 10 working days after they ended (staff)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        get: operations["serviceRecordOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/service-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's volunteer record (staff of their community)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        get: operations["serviceRecordOfMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your certificates, newest first
         * @description Your certificates, newest first
         */
        get: operations["certificatesMine"];
        put?: never;
        /**
         * Issue yourself a certificate of service for a period (free): a PDF and a signed credential
         * @description Issue yourself a certificate of service for a period (free): a PDF and a signed credential
         */
        post: operations["certificatesIssueMine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's certificates (staff)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        get: operations["certificatesOfMember"];
        put?: never;
        /**
         * Issue a member a certificate of service for a period (staff)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["certificatesIssueFor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community's certificates, issued and revoked (?status=)
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        get: operations["certificatesOfCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate as an A4 PDF in Chinese (holder, staff)
         * @description The certificate as an A4 PDF in Chinese (holder, staff)
         */
        get: operations["certificatesPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed credential (W3C VC 2.0 / Open Badges 3.0 as a VC-JWT, Ed25519): verify it offline with the JWKS at /.well-known/jwks.json
         * @description The signed credential (W3C VC 2.0 / Open Badges 3.0 as a VC-JWT, Ed25519): verify it offline with the JWKS at /.well-known/jwks.json
         */
        get: operations["certificatesCredential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a certificate with a reason (staff); verification then says so
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["certificatesRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate: valid or revoked, masked name, period, hours, issuer
         * @description Verify a certificate: valid or revoked, masked name, period, hours, issuer
         */
        get: operations["publicCertificatesVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/grid-ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Red / yellow / blue ratings of every grid for a month
         * @description Roles: grid_worker, community_admin, store_staff (the platform admin always may).
         */
        get: operations["reportsRatings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/grid-ratings/{period}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze a month's ratings as a snapshot that later data does not change; only once the month has ended in the community's zone
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["reportsFreeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/grid-ratings/{period}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a frozen month with a reason (audit-logged): its ratings are computed from the data again
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["reportsReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/grid-rating-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weights and colour cut-offs of the grid ratings
         * @description Roles: grid_worker, community_admin, store_staff (the platform admin always may).
         */
        get: operations["reportsRatingConfig"];
        /**
         * Set the weights (summing to 1) and cut-offs of the grid ratings
         * @description Roles: community_admin (the platform admin always may).
         */
        put: operations["reportsSetRatingConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Programme figures for a date range (wishes, satisfaction, hours, points, stock)
         * @description Roles: grid_worker, community_admin, store_staff (the platform admin always may).
         */
        get: operations["reportsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Top volunteers by points earned or hours served in a month
         * @description Roles: grid_worker, community_admin, store_staff (the platform admin always may).
         */
        get: operations["reportsLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/exports/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export wishes, hours, points-entries or redemptions for ?from=&to= as .csv or .xlsx: Chinese headers, names and local times (?headers=codes for machine headers)
         * @description Roles: community_admin (the platform admin always may).
         */
        get: operations["reportsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every staff and admin change in your community, newest first
         * @description Roles: community_admin (the platform admin always may).
         */
        get: operations["reportsAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, newest first, with how many are unread
         * @description Your notifications, newest first, with how many are unread
         */
        get: operations["notificationsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark notifications read: `{ids}` or `{all: true}`
         * @description Mark notifications read: `{ids}` or `{all: true}`
         */
        post: operations["notificationsMarkRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-Sent Events: `unread` on connect, then each new `notification` as it comes
         * @description text/event-stream. Events: `unread` (data `{"unread": n}`) once, then `notification` (data: a NotificationView) within about LIVE_POLL_MS of being made on any instance; a comment every 20 s keeps the line open.
         */
        get: operations["notificationsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How you hear from us: inbox, SMS, quiet hours
         * @description How you hear from us: inbox, SMS, quiet hours
         */
        get: operations["notificationsPreferences"];
        /**
         * Set how you hear from us (SMS that can wait are held through quiet hours)
         * @description Set how you hear from us (SMS that can wait are held through quiet hours)
         */
        put: operations["notificationsSetPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community's webhooks (secrets are never listed)
         * @description Roles: community_admin (the platform admin always may).
         */
        get: operations["webhooksList"];
        put?: never;
        /**
         * Subscribe a URL to event types; calls are signed with the secret (shown once)
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["webhooksCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove it (deliveries not yet sent are dropped)
         * @description Roles: community_admin (the platform admin always may).
         */
        delete: operations["webhooksRemove"];
        options?: never;
        head?: never;
        /**
         * Change the URL, event types, secret or pause it
         * @description Roles: community_admin (the platform admin always may).
         */
        patch: operations["webhooksUpdate"];
        trace?: never;
    };
    "/api/v1/communities/{id}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log, newest first: status, tries, last answer
         * @description Roles: community_admin (the platform admin always may).
         */
        get: operations["webhooksDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again, with a fresh round of tries
         * @description Roles: community_admin (the platform admin always may).
         */
        post: operations["webhooksRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/phone-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a 6-digit code to your phone by SMS (valid 10 minutes; 3 per 15 minutes). 409 when no SMS gateway is set up: staff confirm the phone instead
         * @description Roles: resident, volunteer, grid_worker, store_staff, community_admin (the platform admin always may).
         */
        post: operations["phoneProofSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/phone-verification/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prove your phone with the code: wishes given with it by QR code or a grid worker become yours in the app
         * @description Roles: resident, volunteer, grid_worker, store_staff, community_admin (the platform admin always may).
         */
        post: operations["phoneProofConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/phone-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a member's phone after checking it in person (audit-logged): their QR and proxy wishes become theirs
         * @description Roles: grid_worker, community_admin (the platform admin always may).
         */
        post: operations["phoneProofConfirmByStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LivenessView: {
            /** @enum {string} */
            status: "ok";
        };
        IndicatorView: {
            /** @enum {string} */
            status: "up" | "down";
            message?: string;
        };
        ReadinessView: {
            /** @enum {string} */
            status: "ok";
            /** @description Indicators that are up, by name (database) */
            info: {
                [key: string]: components["schemas"]["IndicatorView"];
            };
            /** @description Indicators that are down */
            error: {
                [key: string]: components["schemas"]["IndicatorView"];
            };
            /** @description Every indicator */
            details: {
                [key: string]: components["schemas"]["IndicatorView"];
            };
        };
        RegisterDto: {
            /**
             * @description The code your community published
             * @example DEMO
             */
            communityCode: string;
            /** @example 13800138000 */
            phone: string;
            password: string;
            name: string;
            /**
             * Format: uuid
             * @description Your home grid
             */
            gridId?: string;
            /**
             * @description The version of the privacy notice shown and agreed to (GET /public/privacy-notice)
             * @example 2026-12-01
             */
            privacyVersion: string;
        };
        CommunityView: {
            /** Format: uuid */
            id: string;
            name: string;
            code: string;
            timezone: string;
            /** Format: date-time */
            createdAt: string;
        };
        VolunteerView: {
            /** @enum {string} */
            status: "pending" | "approved" | "suspended";
            skills: string[];
            isPartyMember: boolean;
            teams: string[];
        };
        BadgeView: {
            name: string;
            points: number;
        };
        RecognitionView: {
            /** @description Star level, 0 to the number of thresholds */
            stars: number;
            /** @description Approved service minutes in total */
            serviceMinutes: number;
            /** @description The same in hours, one decimal, rounded down */
            serviceHours: number;
            /** @description Hours of the next star level; null at the highest */
            nextStarHours: number | null;
            lifetimeEarned: number;
            badge: components["schemas"]["BadgeView"] | null;
        };
        PrivacyView: {
            /**
             * @description The current notice
             * @example 2026-12-01
             */
            currentVersion: string;
            /** @description The version this person agreed to */
            agreedVersion: string | null;
            /** Format: date-time */
            agreedAt: string | null;
            /** @description Ask now: no agreement yet, or to an older version */
            mustAgree: boolean;
            /** @description Lists other people see may show the full name (default: 陈**) */
            showName: boolean;
            /** Format: date-time */
            showNameSince: string | null;
        };
        MeView: {
            /** Format: uuid */
            id: string;
            phone: string;
            name: string;
            roles: ("resident" | "volunteer" | "grid_worker" | "store_staff" | "community_admin" | "platform_admin")[];
            /** Format: uuid */
            gridId: string | null;
            address: string | null;
            /** @description The phone is proven yours (an SMS code, or staff confirmed it): wishes given with it by QR code or a grid worker are then yours in the app */
            phoneVerified: boolean;
            community: components["schemas"]["CommunityView"] | null;
            volunteer: components["schemas"]["VolunteerView"] | null;
            /** @description Star level from approved hours and badge from lifetime points (in a community) */
            recognition: components["schemas"]["RecognitionView"] | null;
            /** @description The privacy notice agreed to (mustAgree: ask now) and whether lists show the name */
            privacy: components["schemas"]["PrivacyView"];
        };
        AuthSession: {
            /** @description JWT, valid 15 minutes; send as Authorization: Bearer */
            accessToken: string;
            /** @description Opaque, single use; rotate it with POST /auth/refresh */
            refreshToken: string;
            /**
             * @description Access token lifetime in seconds
             * @example 900
             */
            expiresIn: number;
            user: components["schemas"]["MeView"];
        };
        LoginDto: {
            /** @example 13800000001 */
            phone: string;
            password: string;
        };
        RefreshDto: {
            /** @description The refresh token from login or the last refresh */
            refreshToken: string;
        };
        TokenPair: {
            /** @description JWT, valid 15 minutes; send as Authorization: Bearer */
            accessToken: string;
            /** @description Opaque, single use; rotate it with POST /auth/refresh */
            refreshToken: string;
            /**
             * @description Access token lifetime in seconds
             * @example 900
             */
            expiresIn: number;
        };
        CreateCommunityDto: {
            name: string;
            /**
             * @description 2–32 letters, digits, - or _; stored upper-case
             * @example YANGGUANG
             */
            code: string;
            /**
             * @description An IANA time zone (default Asia/Shanghai)
             * @example Asia/Shanghai
             */
            timezone?: string;
        };
        CommunityPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["CommunityView"][];
        };
        CreateGridDto: {
            name: string;
        };
        GridView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            communityId: string;
            name: string;
            /** @description Secret of the wish-intake QR code; shown to staff only */
            intakeToken?: string;
            /** Format: date-time */
            createdAt: string;
        };
        GridList: {
            items: components["schemas"]["GridView"][];
        };
        MemberImportDto: {
            /**
             * @description Ends with .xlsx or .csv
             * @example 成员名单.xlsx
             */
            fileName: string;
            /** @description The file, base64-encoded (at most 512 KiB) */
            content: string;
            /** @description true: check every row and write nothing */
            dryRun: boolean;
            /** @description For rows without their own initial password */
            defaultPassword?: string;
        };
        ImportRowView: {
            /** @description Row number in the file (the header is row 1) */
            row: number;
            name: string;
            phone: string;
            roles: ("resident" | "volunteer" | "grid_worker" | "store_staff" | "community_admin" | "platform_admin")[];
            grid: string | null;
            /**
             * @description create: new member; skip: a member already; error: see problems
             * @enum {string}
             */
            action: "create" | "skip" | "error";
            /** @description What is wrong with the row, in Chinese */
            problems: string[];
        };
        MemberImportView: {
            dryRun: boolean;
            rows: components["schemas"]["ImportRowView"][];
            toCreate: number;
            skipped: number;
            errors: number;
            /** @description Members created (0 in a dry run) */
            created: number;
        };
        VolunteerDetailsDto: {
            /**
             * @example [
             *       "elder_care",
             *       "repair"
             *     ]
             */
            skills?: string[];
            isPartyMember?: boolean;
            teams?: string[];
        };
        CreateMemberDto: {
            /** @example 13800138000 */
            phone: string;
            name: string;
            password: string;
            roles: ("resident" | "volunteer" | "grid_worker" | "store_staff" | "community_admin")[];
            /**
             * Format: uuid
             * @description Home grid
             */
            gridId?: string;
            address?: string;
            /** @description Used when roles include volunteer */
            volunteer?: components["schemas"]["VolunteerDetailsDto"];
        };
        MemberView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            communityId: string | null;
            /** Format: uuid */
            gridId: string | null;
            phone: string;
            name: string;
            address: string | null;
            roles: ("resident" | "volunteer" | "grid_worker" | "store_staff" | "community_admin" | "platform_admin")[];
            disabled: boolean;
            /** @description The phone is proven this member’s (SMS code or staff) */
            phoneVerified: boolean;
            volunteer: components["schemas"]["VolunteerView"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Star level and badge: given on member lists and GET /members/:id, null on the answer to a change */
            recognition: components["schemas"]["RecognitionView"] | null;
        };
        MemberPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["MemberView"][];
        };
        PersonView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Masked: 138****5678 */
            phone: string;
        };
        PeopleView: {
            items: components["schemas"]["PersonView"][];
        };
        UpdateMemberDto: {
            name?: string;
            roles?: ("resident" | "volunteer" | "grid_worker" | "store_staff" | "community_admin")[];
            /**
             * Format: uuid
             * @description Home grid; null clears it
             */
            gridId?: string | null;
            address?: string;
            password?: string;
            /** @description A disabled member cannot log in */
            disabled?: boolean;
        };
        BadgeDto: {
            name: string;
            /** @description Lifetime points earned at which the badge is held */
            points: number;
        };
        RecognitionSettingsDto: {
            /**
             * @description Approved service hours for star levels 1, 2, …, strictly ascending
             * @example [
             *       100,
             *       300,
             *       600,
             *       1000,
             *       1500
             *     ]
             */
            starHours: number[];
            badges: components["schemas"]["BadgeDto"][];
            /**
             * @description Holidays on weekdays (YYYY-MM-DD): not working days for the recording deadline
             * @example [
             *       "2026-10-01"
             *     ]
             */
            holidays: string[];
            /**
             * @description Weekend days worked in lieu of a holiday (调休上班日, YYYY-MM-DD)
             * @example [
             *       "2026-10-10"
             *     ]
             */
            workdays: string[];
        };
        NoticeSection: {
            heading: string;
            body: string;
        };
        PrivacyNoticeView: {
            /** @example 2026-12-01 */
            version: string;
            title: string;
            /** @description One sentence for the form */
            summary: string;
            sections: components["schemas"]["NoticeSection"][];
        };
        ConsentDto: {
            /** @enum {string} */
            kind: "privacy_notice" | "public_name";
            /** @description Agree (true) or withdraw (false) */
            granted: boolean;
            /**
             * @description For privacy_notice: the version shown (it must be the current one)
             * @example 2026-12-01
             */
            privacyVersion?: string;
        };
        ExpiringPoints: {
            points: number;
            /** Format: date-time */
            expiresAt: string;
        };
        PointsSummary: {
            /** @description Points that can be spent now. Points whose lot has passed its expiry are left out at once, even before the hourly expiry run posts them. */
            balance: number;
            lifetimeEarned: number;
            lifetimeSpent: number;
            /** @description Points that expire within the next 30 days */
            expiringSoon: components["schemas"]["ExpiringPoints"][];
        };
        EntryView: {
            /** Format: uuid */
            id: string;
            /** @description Signed: positive credits, negative debits */
            amount: number;
            balanceAfter: number;
            /** @enum {string} */
            kind: "earn_wish" | "earn_service" | "redeem" | "refund" | "adjust" | "expire";
            /** @example wish */
            sourceType: string;
            /** @description What the entry is for: the id of the wish, redemption, attendance…; expiries: the lot id and run */
            sourceId: string;
            note: string | null;
            /** Format: uuid */
            transferId: string;
            /** Format: date-time */
            createdAt: string;
        };
        EntryPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["EntryView"][];
        };
        MemberPointsView: {
            /** @description Points that can be spent now. Points whose lot has passed its expiry are left out at once, even before the hourly expiry run posts them. */
            balance: number;
            lifetimeEarned: number;
            lifetimeSpent: number;
            /** @description Points that expire within the next 30 days */
            expiringSoon: components["schemas"]["ExpiringPoints"][];
            /** Format: uuid */
            userId: string;
        };
        AdjustmentDto: {
            /**
             * @description Non-zero; a negative adjustment never overdraws
             * @example -20
             */
            delta: number;
            /** @description Why; shown on the member statement */
            reason: string;
        };
        AdjustmentView: {
            /** Format: uuid */
            transferId: string;
            delta: number;
            balance: number;
        };
        WishPointsDto: {
            /** @example 0 */
            1: number;
            /** @example 2 */
            2: number;
            /** @example 5 */
            3: number;
            /** @example 8 */
            4: number;
            /** @example 10 */
            5: number;
        };
        ExpiryRuleDto: {
            /** @enum {string} */
            mode: "none" | "months" | "year_end";
            /**
             * @description Required for mode "months": 1–120
             * @example 12
             */
            months?: number;
        };
        PointRulesView: {
            /** @example 10 */
            pointsPerHour: number;
            /** @description Points by rating; all five ratings are required */
            wishPoints: components["schemas"]["WishPointsDto"];
            /**
             * @description Missing categories count as 1; at most two decimals (points are computed in whole hundredths, halves up)
             * @example {
             *       "medical_escort": 1.5
             *     }
             */
            categoryMultipliers: {
                daily_life?: number;
                elder_care?: number;
                repair?: number;
                errand?: number;
                medical_escort?: number;
                tutoring?: number;
                other?: number;
            };
            /** @example 3 */
            pairMonthlyCap: number;
            /** @example null */
            volunteerMonthlyCap: number | null;
            /** @example null */
            monthlyIssuanceBudget: number | null;
            /**
             * @description Most points one award may post (default 500); more is cut to this and flagged posting_cap
             * @example 500
             */
            maxPointsPerAward?: number;
            /**
             * @description How many days back activities and self-reported service may lie (default 30)
             * @example 30
             */
            backfillDays?: number;
            expiry: components["schemas"]["ExpiryRuleDto"];
            /** @description 0 until the community first saves its own rules */
            version: number;
        };
        PointRulesVersionView: {
            /** @example 10 */
            pointsPerHour: number;
            /** @description Points by rating; all five ratings are required */
            wishPoints: components["schemas"]["WishPointsDto"];
            /**
             * @description Missing categories count as 1; at most two decimals (points are computed in whole hundredths, halves up)
             * @example {
             *       "medical_escort": 1.5
             *     }
             */
            categoryMultipliers: {
                daily_life?: number;
                elder_care?: number;
                repair?: number;
                errand?: number;
                medical_escort?: number;
                tutoring?: number;
                other?: number;
            };
            /** @example 3 */
            pairMonthlyCap: number;
            /** @example null */
            volunteerMonthlyCap: number | null;
            /** @example null */
            monthlyIssuanceBudget: number | null;
            /**
             * @description Most points one award may post (default 500); more is cut to this and flagged posting_cap
             * @example 500
             */
            maxPointsPerAward?: number;
            /**
             * @description How many days back activities and self-reported service may lie (default 30)
             * @example 30
             */
            backfillDays?: number;
            expiry: components["schemas"]["ExpiryRuleDto"];
            /** @description 0 until the community first saves its own rules */
            version: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
        };
        PointRulesHistory: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["PointRulesVersionView"][];
        };
        PointRulesDto: {
            /** @example 10 */
            pointsPerHour: number;
            /** @description Points by rating; all five ratings are required */
            wishPoints: components["schemas"]["WishPointsDto"];
            /**
             * @description Missing categories count as 1; at most two decimals (points are computed in whole hundredths, halves up)
             * @example {
             *       "medical_escort": 1.5
             *     }
             */
            categoryMultipliers: {
                daily_life?: number;
                elder_care?: number;
                repair?: number;
                errand?: number;
                medical_escort?: number;
                tutoring?: number;
                other?: number;
            };
            /** @example 3 */
            pairMonthlyCap: number;
            /** @example null */
            volunteerMonthlyCap: number | null;
            /** @example null */
            monthlyIssuanceBudget: number | null;
            /**
             * @description Most points one award may post (default 500); more is cut to this and flagged posting_cap
             * @example 500
             */
            maxPointsPerAward?: number;
            /**
             * @description How many days back activities and self-reported service may lie (default 30)
             * @example 30
             */
            backfillDays?: number;
            expiry: components["schemas"]["ExpiryRuleDto"];
        };
        OnBehalfOfDto: {
            name: string;
            /** @example 13800138000 */
            phone: string;
            address?: string;
        };
        CreateWishDto: {
            title: string;
            description: string;
            /** @enum {string} */
            category: "daily_life" | "elder_care" | "repair" | "errand" | "medical_escort" | "tutoring" | "other";
            /** @enum {string} */
            urgency: "urgent" | "normal" | "low";
            /**
             * Format: uuid
             * @description Defaults to the poster's home grid
             */
            gridId?: string;
            /** @description Where help is needed (masked for other volunteers) */
            address?: string;
            /** @description Grid workers: post for a resident without a phone (代办) */
            onBehalfOf?: components["schemas"]["OnBehalfOfDto"];
        };
        WishView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            communityId: string;
            /** Format: uuid */
            gridId: string;
            /** @enum {string} */
            status: "pending_review" | "open" | "claimed" | "completed" | "closed" | "rejected" | "cancelled";
            title: string;
            description: string;
            /** @enum {string} */
            category: "daily_life" | "elder_care" | "repair" | "errand" | "medical_escort" | "tutoring" | "other";
            /** @enum {string} */
            urgency: "urgent" | "normal" | "low";
            /** Format: date-time */
            dueAt: string;
            /** @description Past its deadline and not yet completed */
            overdue: boolean;
            /** @enum {string} */
            source: "resident" | "qr" | "proxy";
            contactName: string;
            /** @description Masked (138****5678) except for the owner, the claimer and staff */
            contactPhone: string;
            /** @description Masked like the phone */
            address: string | null;
            /** Format: uuid */
            ownerId: string | null;
            submittedBy: string | null;
            /** Format: uuid */
            claimerId: string | null;
            reason: string | null;
            completionNote: string | null;
            rating: number | null;
            feedbackAuto: boolean;
            closedOnTime: boolean | null;
            pointsAwarded: number | null;
            /**
             * @description Why the rating earned fewer points than the rules give (see README)
             * @enum {string|null}
             */
            awardFlag: "posting_cap" | "pair_cap" | "volunteer_cap" | "budget" | "not_approved" | null;
            followUpOpen: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: date-time */
            claimedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
        };
        WishPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["WishView"][];
        };
        DispatchCandidateView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Masked: 138****5678 */
            phone: string;
            skills: string[];
            isPartyMember: boolean;
            /** @description The wish's category is among the volunteer's skills */
            skillMatch: boolean;
            /** @description Wishes the volunteer is helping with now (claimed) */
            activeWishes: number;
        };
        DispatchCandidatesView: {
            items: components["schemas"]["DispatchCandidateView"][];
        };
        ReasonDto: {
            reason: string;
        };
        FollowUpResolutionDto: {
            /** @description What the follow-up found and what was done */
            note: string;
        };
        AssignDto: {
            /** Format: uuid */
            volunteerId: string;
        };
        CompleteDto: {
            note: string;
        };
        OptionalReasonDto: {
            reason?: string;
        };
        FeedbackDto: {
            rating: number;
            comment?: string;
        };
        FeedbackOnBehalfDto: {
            rating: number;
            comment?: string;
            /**
             * @description How the resident was asked
             * @enum {string}
             */
            channel: "phone" | "visit";
        };
        PublicWishDto: {
            title: string;
            description: string;
            /** @enum {string} */
            category: "daily_life" | "elder_care" | "repair" | "errand" | "medical_escort" | "tutoring" | "other";
            /** @enum {string} */
            urgency: "urgent" | "normal" | "low";
            /** @description The intake token from the grid's QR code */
            gridToken: string;
            /**
             * @description The version of the privacy notice shown and agreed to (GET /public/privacy-notice)
             * @example 2026-12-01
             */
            privacyVersion: string;
            contactName: string;
            /** @example 13800138000 */
            contactPhone: string;
            address?: string;
        };
        CreatedPublicWish: {
            /** Format: uuid */
            id: string;
            /** @description Keep it: it shows the status and lets you rate the help */
            trackingCode: string;
        };
        WishHelperView: {
            name: string;
            /** @description Masked: 138****5678 */
            phone: string;
        };
        WishHistoryItem: {
            type: string;
            at: string;
            note: string | null;
        };
        PublicWishView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending_review" | "open" | "claimed" | "completed" | "closed" | "rejected" | "cancelled";
            title: string;
            /** @enum {string} */
            category: "daily_life" | "elder_care" | "repair" | "errand" | "medical_escort" | "tutoring" | "other";
            /** @enum {string} */
            urgency: "urgent" | "normal" | "low";
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            createdAt: string;
            rating: number | null;
            /** @description True once the help is completed and not yet rated */
            canRate: boolean;
            /** @description Who is coming: the volunteer who claimed the wish, from the claim on */
            helper: components["schemas"]["WishHelperView"] | null;
            history: components["schemas"]["WishHistoryItem"][];
        };
        CreateItemDto: {
            name: string;
            /** @enum {string} */
            kind: "goods" | "service" | "honor";
            pricePoints: number;
            /** @description Goods only (default 0) */
            stock?: number;
            perMemberLimit?: number;
            /**
             * @description Required with perMemberLimit
             * @enum {string}
             */
            limitPeriod?: "day" | "month" | "year";
            description?: string;
            /** @default true */
            active: boolean;
            /** Format: date-time */
            activeFrom?: string;
            /** Format: date-time */
            activeUntil?: string;
        };
        SlotView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            capacity: number;
            booked: number;
            available: number;
        };
        ItemView: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** @enum {string} */
            kind: "goods" | "service" | "honor";
            pricePoints: number;
            /** @description Goods: stock; services: free places in future slots; honours: null */
            available: number | null;
            perMemberLimit: number | null;
            /** @enum {string|null} */
            limitPeriod: "day" | "month" | "year" | null;
            /** @description What the caller may still redeem this period */
            myRemaining: number | null;
            active: boolean;
            /** Format: date-time */
            activeFrom: string | null;
            /** Format: date-time */
            activeUntil: string | null;
            slots?: components["schemas"]["SlotView"][];
        };
        UpdateItemDto: {
            name?: string;
            description?: string;
            pricePoints?: number;
            perMemberLimit?: number;
            /** @enum {string} */
            limitPeriod?: "day" | "month" | "year";
            active?: boolean;
            /** Format: date-time */
            activeFrom?: string | null;
            /** Format: date-time */
            activeUntil?: string | null;
        };
        RestockDto: {
            quantity: number;
        };
        CreateSlotDto: {
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            capacity: number;
        };
        ItemList: {
            items: components["schemas"]["ItemView"][];
        };
        RedeemDto: {
            /** Format: uuid */
            itemId: string;
            quantity: number;
            /**
             * Format: uuid
             * @description Required for service items
             */
            slotId?: string;
        };
        RedemptionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            itemName: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            slotId: string | null;
            quantity: number;
            points: number;
            /** @enum {string} */
            status: "reserved" | "fulfilled" | "cancelled";
            /** @enum {string} */
            channel: "reserve" | "counter";
            /** @description Shown to the member while reserved */
            pickupCode?: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            fulfilledAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description A booked service: when its time slot starts
             */
            slotStartsAt: string | null;
            /** Format: date-time */
            slotEndsAt: string | null;
        };
        HandoverView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            itemName: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            slotId: string | null;
            quantity: number;
            points: number;
            /** @enum {string} */
            status: "reserved" | "fulfilled" | "cancelled";
            /** @enum {string} */
            channel: "reserve" | "counter";
            /** @description Shown to the member while reserved */
            pickupCode?: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            fulfilledAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description A booked service: when its time slot starts
             */
            slotStartsAt: string | null;
            /** Format: date-time */
            slotEndsAt: string | null;
            memberName: string;
            /** @description Masked: 138****5678 */
            memberPhone: string;
        };
        VerifyDto: {
            /** @example K7Q2M9XPRA */
            pickupCode: string;
        };
        CancelRedemptionDto: {
            reason?: string;
        };
        CardTokenDto: {
            /** @description The token from the member's card QR (valid 5 minutes) */
            cardToken: string;
        };
        CardHolderView: {
            /** Format: uuid */
            memberId: string;
            memberName: string;
            /** @description Masked: 138****5678 */
            memberPhone: string;
            /** @description Points the member can spend now */
            balance: number;
        };
        CounterRedeemDto: {
            /** Format: uuid */
            itemId: string;
            quantity: number;
            /**
             * Format: uuid
             * @description Required for service items
             */
            slotId?: string;
            /** @description The token from the member's card QR (valid 5 minutes) */
            cardToken: string;
        };
        RedemptionPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["RedemptionView"][];
        };
        CardView: {
            /** @description Signed; store staff scan it for a counter redemption */
            token: string;
            /** Format: date-time */
            expiresAt: string;
        };
        CreateActivityDto: {
            title: string;
            description?: string;
            place?: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            capacity: number;
            /** @description Defaults to the community rule's pointsPerHour */
            pointsPerHour?: number;
            /** Format: uuid */
            gridId?: string;
            /** @description A training (培训): recorded on the volunteer record as training, not counted as service hours */
            isTraining?: boolean;
        };
        ActivityView: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            place: string | null;
            /** Format: uuid */
            gridId: string | null;
            /** Format: uuid */
            organiserId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            capacity: number;
            signedUp: number;
            pointsPerHour: number;
            /** @description A training: on the record as training, not as service hours */
            isTraining: boolean;
        };
        UpdateActivityDto: {
            title?: string;
            description?: string;
            place?: string;
            /** Format: date-time */
            startsAt?: string;
            /** Format: date-time */
            endsAt?: string;
            capacity?: number;
            pointsPerHour?: number;
        };
        MyActivityView: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            place: string | null;
            /** Format: uuid */
            gridId: string | null;
            /** Format: uuid */
            organiserId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            capacity: number;
            signedUp: number;
            pointsPerHour: number;
            /** @description A training: on the record as training, not as service hours */
            isTraining: boolean;
            signedUpByMe: boolean;
            /**
             * @description Your attendance: open (checked in), closed (checked out), approved; or none
             * @enum {string|null}
             */
            myAttendance: "open" | "closed" | "approved" | null;
        };
        ActivityPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["MyActivityView"][];
        };
        CodeView: {
            code: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uri
             * @description What the QR holds: the app page that checks the scanning volunteer in or out
             */
            link: string;
        };
        CodeDto: {
            /** @example 482913 */
            code: string;
        };
        AttendanceView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            activityId: string;
            /** Format: uuid */
            volunteerId: string;
            /** Format: date-time */
            checkInAt: string;
            /** Format: date-time */
            checkOutAt: string | null;
            minutes: number | null;
            /** @enum {string} */
            status: "open" | "closed" | "approved";
            /** @description Closed automatically: no check-out within 24 h of the end */
            flagged: boolean;
            points: number | null;
            /** @enum {string|null} */
            awardFlag: "posting_cap" | "pair_cap" | "volunteer_cap" | "budget" | "not_approved" | null;
        };
        SignupView: {
            /** Format: uuid */
            volunteerId: string;
            /** Format: date-time */
            signedUpAt: string;
        };
        SignupList: {
            items: components["schemas"]["SignupView"][];
        };
        AttendanceList: {
            items: components["schemas"]["AttendanceView"][];
        };
        MarkAttendanceDto: {
            /** Format: date-time */
            checkInAt: string;
            /** Format: date-time */
            checkOutAt: string;
        };
        ApproveAttendanceDto: {
            /** @description Corrected minutes; a reason is then required */
            minutes?: number;
            reason?: string;
        };
        CreateServiceRecordDto: {
            /**
             * Format: date
             * @description Local date; not in the future
             * @example 2026-11-20
             */
            date: string;
            minutes: number;
            description: string;
            /** Format: uuid */
            gridId?: string;
        };
        ServiceRecordView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            volunteerId: string;
            /** Format: date */
            date: string;
            minutes: number;
            description: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            reason: string | null;
            points: number | null;
            /** @enum {string|null} */
            awardFlag: "posting_cap" | "pair_cap" | "volunteer_cap" | "budget" | "not_approved" | null;
        };
        ServiceRecordPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["ServiceRecordView"][];
        };
        ApproveRecordDto: {
            /** @description Corrected minutes, at most those reported (a correction only lowers); a reason is then required */
            minutes?: number;
            reason?: string;
        };
        RejectDto: {
            reason: string;
        };
        HoursView: {
            /** @description Approved minutes this month (community time zone) */
            minutesThisMonth: number;
            minutesThisYear: number;
            minutesTotal: number;
            attendances: components["schemas"]["AttendanceView"][];
            records: components["schemas"]["ServiceRecordView"][];
        };
        RequestCorrectionDto: {
            /**
             * @description The kind of the record line (as GET /me/service-record gives it)
             * @enum {string}
             */
            kind: "report" | "activity" | "training";
            /**
             * Format: uuid
             * @description The line’s id (an attendance or a service report)
             */
            lineId: string;
            /** @description The minutes the line should have */
            minutes: number;
            reason: string;
        };
        CorrectionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            volunteerId: string;
            volunteerName: string | null;
            /** @enum {string} */
            lineType: "attendance" | "service_record";
            /** Format: uuid */
            lineId: string;
            lineTitle: string;
            /** @example 2026-12-04 */
            lineDate: string;
            fromMinutes: number;
            toMinutes: number;
            reason: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "refused";
            decisionReason: string | null;
            /** @description Points awarded (+) or taken back (−) */
            pointsDelta: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        CorrectionPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["CorrectionView"][];
        };
        DecideCorrectionDto: {
            /** @description Required to refuse */
            reason?: string;
        };
        RecordTotalsView: {
            /** @description Approved service minutes (trainings apart) */
            minutes: number;
            /** @description The same in hours, one decimal, rounded down */
            hours: number;
            services: number;
            trainingMinutes: number;
            trainingHours: number;
            wishes: number;
        };
        RecordYearView: {
            /** @description Approved service minutes (trainings apart) */
            minutes: number;
            /** @description The same in hours, one decimal, rounded down */
            hours: number;
            services: number;
            trainingMinutes: number;
            trainingHours: number;
            wishes: number;
            /** @example 2026 */
            year: number;
        };
        RecordLineView: {
            /**
             * @description activity: an approved attendance; report: an approved self-report; wish: a micro-wish completed; training: an approved attendance of a training
             * @enum {string}
             */
            kind: "activity" | "report" | "wish" | "training";
            /**
             * Format: uuid
             * @description The attendance, service report or wish
             */
            id: string;
            /**
             * @description Local date in the community’s time zone
             * @example 2026-11-03
             */
            date: string;
            title: string;
            place: string | null;
            /** @description What was done */
            content: string;
            /** @description Approved minutes; null for a wish (a wish records what was done, not for how long) */
            minutes: number | null;
            /** @description The same in hours, one decimal */
            hours: number | null;
            /** @description Who organised it: the organiser, or the community for a report */
            organiser: string;
            /** @description Who approved the minutes */
            approvedBy: string | null;
        };
        HonourView: {
            /** @enum {string} */
            kind: "level" | "store_honour";
            /** @example 2026-11-03 */
            date: string;
            /** @example 三星志愿者 */
            title: string;
        };
        VolunteerRecordView: {
            /** Format: uuid */
            volunteerId: string;
            name: string;
            /** @description The recording organisation */
            community: string;
            /** @description Over the whole record */
            totals: components["schemas"]["RecordTotalsView"];
            /** @description Per year, newest first */
            years: components["schemas"]["RecordYearView"][];
            /** @description Services and wishes, newest first */
            services: components["schemas"]["RecordLineView"][];
            /** @description Trainings attended, newest first */
            trainings: components["schemas"]["RecordLineView"][];
            /** @description Star levels reached and store honours */
            honours: components["schemas"]["HonourView"][];
            recognition: components["schemas"]["RecognitionView"];
        };
        OverdueItemView: {
            /**
             * @description activity: attendances not approved yet; report: a self-report not decided yet
             * @enum {string}
             */
            kind: "activity" | "report";
            /**
             * Format: uuid
             * @description The activity or the service report
             */
            id: string;
            title: string;
            /** @description Who reported it (reports) */
            volunteerName: string | null;
            /**
             * @description The local day the service ended
             * @example 2026-12-04
             */
            endedOn: string;
            /**
             * @description The 10th working day after: record by it
             * @example 2026-12-18
             */
            deadline: string;
            /** @description Attendances (or reports) still unrecorded */
            pending: number;
        };
        OverdueView: {
            /**
             * @description Today, in the community’s time zone
             * @example 2026-12-19
             */
            asOf: string;
            /** @description How many items are overdue in all */
            total: number;
            /** @description Oldest first, at most 200 */
            items: components["schemas"]["OverdueItemView"][];
        };
        IssueCertificateDto: {
            /**
             * @description First day, local
             * @example 2026-01-01
             */
            from: string;
            /**
             * @description Last day, local
             * @example 2026-12-31
             */
            to: string;
        };
        CertificateView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            volunteerId: string;
            name: string;
            /**
             * @description The verification code, grouped
             * @example 0Q4M-7ZK2-9VXD
             */
            code: string;
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
            minutes: number;
            /** @description Hours, one decimal, rounded down */
            hours: number;
            services: number;
            /** @enum {string} */
            status: "valid" | "revoked";
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            revokeReason: string | null;
            /** @description The public verification page (what the QR code shows) */
            verifyUrl: string;
            /**
             * @description The PDF (holder, staff)
             * @example /api/v1/certificates/….pdf
             */
            pdfUrl: string;
            /** @description The signed credential, a VC-JWT (holder, staff) */
            credentialUrl: string;
        };
        CertificatePage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["CertificateView"][];
        };
        RevokeCertificateDto: {
            reason: string;
        };
        PublicCertificateView: {
            /** @example 0Q4M-7ZK2-9VXD */
            code: string;
            /** @enum {string} */
            status: "valid" | "revoked";
            /**
             * @description The holder’s name, masked
             * @example 陈**
             */
            name: string;
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
            /** @example 123.5 */
            hours: number;
            /** @description The recording organisation */
            issuer: string;
        };
        GridInputsView: {
            /** Format: uuid */
            gridId: string;
            /** @description Wishes due this month */
            wishesDue: number;
            closedOnTime: number;
            ratingsSum: number;
            ratingsCount: number;
            serviceMinutes: number;
            completedWishes: number;
            /** @description Members of the grid */
            members: number;
        };
        GridRatingView: {
            /** Format: uuid */
            gridId: string;
            gridName: string;
            completion: number;
            satisfaction: number;
            activity: number;
            score: number;
            /** @enum {string} */
            colour: "red" | "yellow" | "blue";
            /** @description The counts the score came from */
            inputs: components["schemas"]["GridInputsView"];
        };
        GridRatingsView: {
            period: string;
            /** @description True when the month is a frozen snapshot */
            frozen: boolean;
            items: components["schemas"]["GridRatingView"][];
        };
        WeightsDto: {
            completion: number;
            satisfaction: number;
            activity: number;
        };
        CutoffsDto: {
            /** @example 85 */
            red: number;
            /** @example 70 */
            yellow: number;
        };
        RatingConfigDto: {
            /** @description Must add up to 1 */
            weights: components["schemas"]["WeightsDto"];
            /** @description red must be above yellow */
            cutoffs: components["schemas"]["CutoffsDto"];
        };
        LowStockItem: {
            /** Format: uuid */
            id: string;
            name: string;
            stock: number;
        };
        DashboardView: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            wishesReceived: number;
            wishesClosed: number;
            closureRate: number | null;
            onTimeRate: number | null;
            meanSatisfaction: number | null;
            followUpsOpen: number;
            activeVolunteers: number;
            /**
             * @description Approved service in the range, in hours with up to two decimals (183 min = 3.05)
             * @example 3.05
             */
            serviceHours: number;
            pointsIssued: number;
            pointsSpent: number;
            /** @description Points that lapsed in the range: posted by the expiry run, or lapsed and not posted yet */
            pointsExpired: number;
            /** @description All member balances now, by the rule each member sees (lapsed lots left out) */
            pointsOutstanding: number;
            lowStock: components["schemas"]["LowStockItem"][];
        };
        LeaderboardEntry: {
            /** @description Equal values share a rank (1, 2, 2, 4) */
            rank: number;
            /** Format: uuid */
            userId: string;
            /**
             * @description The full name only of members who agreed to show it (me/consents), else masked
             * @example 陈**
             */
            name: string;
            /**
             * @description Points earned (whole), or hours of approved service with up to two decimals
             * @example 3.05
             */
            value: number;
            /** @description Star level from all approved hours */
            stars: number;
            /** @description Badge by lifetime points earned */
            badge: string | null;
        };
        LeaderboardView: {
            /** @enum {string} */
            metric: "points" | "hours";
            period: string;
            items: components["schemas"]["LeaderboardEntry"][];
        };
        AuditEntryView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            actorId: string | null;
            action: string;
            targetType: string;
            /** Format: uuid */
            targetId: string;
            /** @description What the target is called now: a wish's title, a member's or an item's name */
            targetName: string | null;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AuditPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["AuditEntryView"][];
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            /**
             * @description The event it tells of
             * @enum {string}
             */
            kind: "wish.submitted" | "wish.approved" | "wish.rejected" | "wish.claimed" | "wish.dispatched" | "wish.released" | "wish.completed" | "wish.cancelled" | "wish.rated" | "wish.follow_up_opened" | "wish.follow_up_resolved" | "attendance.approved" | "service_record.approved" | "service_record.rejected" | "record_correction.accepted" | "record_correction.refused" | "volunteer.approved" | "volunteer.level_reached" | "volunteer.suspended" | "points.earned" | "points.expiring" | "points.expired" | "redemption.reserved" | "redemption.fulfilled" | "redemption.cancelled" | "redemption.lapsing" | "activity.starting";
            /** @example 志愿者已接单 */
            title: string;
            /** @example 您的心愿「帮忙买菜」已有志愿者接单，志愿者会尽快联系您。 */
            body: string;
            /**
             * @description Where to look: a path of the phone app (`/app/…`) or, for staff's work, of the console (`/console/…`)
             * @example /app/my-wishes
             */
            link: string;
            read: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["NotificationView"][];
            /** @description Notifications not yet read, in all pages */
            unread: number;
        };
        MarkReadDto: {
            /** @description These notifications (your own; others are ignored) */
            ids?: string[];
            /**
             * @description Every notification of yours
             * @enum {boolean}
             */
            all?: true;
        };
        MarkReadResult: {
            /** @description Notifications not yet read */
            unread: number;
            /** @description How many were unread and are now read */
            marked: number;
        };
        PreferencesView: {
            /** @description Notifications in the app (inbox and live badge) */
            inbox: boolean;
            /** @description SMS to your account phone, for what may come by SMS */
            sms: boolean;
            /**
             * @description HH:mm, local
             * @example 22:00
             */
            quietStart: string;
            /**
             * @description HH:mm, local
             * @example 07:00
             */
            quietEnd: string;
        };
        PreferencesDto: {
            /** @description Notifications in the app (inbox and live badge) */
            inbox: boolean;
            /** @description SMS to your account phone, for what may come by SMS */
            sms: boolean;
            /**
             * @description HH:mm, local
             * @example 22:00
             */
            quietStart: string;
            /**
             * @description HH:mm, local
             * @example 07:00
             */
            quietEnd: string;
        };
        CreateWebhookDto: {
            /** @example https://hooks.example.org/volunteer-points */
            url: string;
            eventTypes: ("wish.submitted" | "wish.approved" | "wish.rejected" | "wish.claimed" | "wish.dispatched" | "wish.released" | "wish.completed" | "wish.cancelled" | "wish.rated" | "wish.follow_up_opened" | "wish.follow_up_resolved" | "attendance.approved" | "service_record.approved" | "service_record.rejected" | "record_correction.accepted" | "record_correction.refused" | "volunteer.approved" | "volunteer.level_reached" | "volunteer.suspended" | "points.earned" | "points.expiring" | "points.expired" | "redemption.reserved" | "redemption.fulfilled" | "redemption.cancelled" | "redemption.lapsing" | "activity.starting")[];
            /** @description The HMAC key (printable ASCII); one is generated when left out */
            secret?: string;
            /** @default true */
            active: boolean;
        };
        WebhookWithSecret: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: ("wish.submitted" | "wish.approved" | "wish.rejected" | "wish.claimed" | "wish.dispatched" | "wish.released" | "wish.completed" | "wish.cancelled" | "wish.rated" | "wish.follow_up_opened" | "wish.follow_up_resolved" | "attendance.approved" | "service_record.approved" | "service_record.rejected" | "record_correction.accepted" | "record_correction.refused" | "volunteer.approved" | "volunteer.level_reached" | "volunteer.suspended" | "points.earned" | "points.expiring" | "points.expired" | "redemption.reserved" | "redemption.fulfilled" | "redemption.cancelled" | "redemption.lapsing" | "activity.starting")[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description The HMAC key; keep it, it is not shown again */
            secret: string;
        };
        WebhookView: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: ("wish.submitted" | "wish.approved" | "wish.rejected" | "wish.claimed" | "wish.dispatched" | "wish.released" | "wish.completed" | "wish.cancelled" | "wish.rated" | "wish.follow_up_opened" | "wish.follow_up_resolved" | "attendance.approved" | "service_record.approved" | "service_record.rejected" | "record_correction.accepted" | "record_correction.refused" | "volunteer.approved" | "volunteer.level_reached" | "volunteer.suspended" | "points.earned" | "points.expiring" | "points.expired" | "redemption.reserved" | "redemption.fulfilled" | "redemption.cancelled" | "redemption.lapsing" | "activity.starting")[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["WebhookView"][];
        };
        UpdateWebhookDto: {
            url?: string;
            eventTypes?: ("wish.submitted" | "wish.approved" | "wish.rejected" | "wish.claimed" | "wish.dispatched" | "wish.released" | "wish.completed" | "wish.cancelled" | "wish.rated" | "wish.follow_up_opened" | "wish.follow_up_resolved" | "attendance.approved" | "service_record.approved" | "service_record.rejected" | "record_correction.accepted" | "record_correction.refused" | "volunteer.approved" | "volunteer.level_reached" | "volunteer.suspended" | "points.earned" | "points.expiring" | "points.expired" | "redemption.reserved" | "redemption.fulfilled" | "redemption.cancelled" | "redemption.lapsing" | "activity.starting")[];
            /** @description A new HMAC key */
            secret?: string;
            active?: boolean;
        };
        DeliveryView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The X-VP-Event-Id the receiver saw
             */
            eventId: string;
            /** @enum {string} */
            kind: "wish.submitted" | "wish.approved" | "wish.rejected" | "wish.claimed" | "wish.dispatched" | "wish.released" | "wish.completed" | "wish.cancelled" | "wish.rated" | "wish.follow_up_opened" | "wish.follow_up_resolved" | "attendance.approved" | "service_record.approved" | "service_record.rejected" | "record_correction.accepted" | "record_correction.refused" | "volunteer.approved" | "volunteer.level_reached" | "volunteer.suspended" | "points.earned" | "points.expiring" | "points.expired" | "redemption.reserved" | "redemption.fulfilled" | "redemption.cancelled" | "redemption.lapsing" | "activity.starting";
            /** @enum {string} */
            status: "pending" | "sent" | "dead";
            attempts: number;
            /** @description The receiver's last answer */
            lastStatusCode: number | null;
            lastError: string | null;
            /**
             * Format: date-time
             * @description When it is (or was) next tried
             */
            nextAttemptAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        DeliveryPage: {
            /** @description Pass as ?cursor= for the next page */
            nextCursor: string | null;
            items: components["schemas"]["DeliveryView"][];
        };
        PhoneCodeSentView: {
            /**
             * @description Where the code went, masked
             * @example 138****8000
             */
            sentTo: string;
            /** Format: date-time */
            expiresAt: string;
        };
        PhoneCodeDto: {
            /** @example 482913 */
            code: string;
        };
        PhoneProofView: {
            phoneVerified: boolean;
            /** @description Wishes given with this phone (QR code, grid worker) that became the member’s */
            wishesLinked: number;
        };
        FieldError: {
            /** @description The request field, e.g. `contactPhone` */
            field: string;
            messages: string[];
        };
        ErrorBody: {
            statusCode: number;
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "OUT_OF_STOCK" | "LIMIT_EXCEEDED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "IDEMPOTENCY_KEY_REUSED" | "RATE_LIMITED" | "INTERNAL" | "SERVICE_UNAVAILABLE";
            /** @description For developers, in English; show people a text chosen by `code` */
            message: string;
            /** @description Also sent as the X-Request-Id header */
            requestId: string;
            details?: components["schemas"]["FieldError"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessView"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    healthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    authRegister: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    authLogin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    authRefresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    authLogout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description OK */
            204: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    authMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    communitiesList: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    communitiesCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunityDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    communitiesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    gridsList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridList"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    gridsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGridDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    gridsWishQr: {
        parameters: {
            query?: {
                format?: "png" | "svg";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR image: PNG by default, ?format=svg for SVG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberImportDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberImportView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersTemplate: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template, with Chinese column headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersList: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                role?: "resident" | "volunteer" | "grid_worker" | "store_staff" | "community_admin" | "platform_admin";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMemberDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersPeople: {
        parameters: {
            query: {
                /** @description Up to 100 member ids, comma-separated */
                ids: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersListVolunteers: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "pending" | "approved" | "suspended";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersApply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VolunteerDetailsDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    membersSuspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recognitionGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionSettingsDto"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recognitionSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionSettingsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionSettingsDto"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    privacyNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyNoticeView"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    privacyMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyView"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    privacyAnswer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pointsMyPoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsSummary"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pointsMyEntries: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pointsMemberPoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPointsView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pointsMemberEntries: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pointsAdjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustmentDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pointsGetRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointRulesView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pointsPutRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PointRulesDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointRulesView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pointsRulesHistory: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointRulesHistory"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesList: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "pending_review" | "open" | "claimed" | "completed" | "closed" | "rejected" | "cancelled";
                gridId?: string;
                category?: "daily_life" | "elder_care" | "repair" | "errand" | "medical_escort" | "tutoring" | "other";
                urgency?: "urgent" | "normal" | "low";
                /** @description Only wishes past their deadline and not yet completed */
                overdue?: boolean;
                /** @description Only wishes with an open follow-up (rated 2 or less) */
                followUp?: boolean;
                /** @description Only wishes you posted (as their resident), or that you hold as their volunteer */
                mine?: "posted" | "claimed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWishDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchCandidatesView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesReject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesResolveFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpResolutionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesAssign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesComplete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OptionalReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    wishesFeedbackOnBehalf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackOnBehalfDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publicWishesCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicWishDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPublicWish"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publicWishesStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicWishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publicWishesFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicWishView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeListItems: {
        parameters: {
            query?: {
                /** @description Staff: include inactive items */
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemList"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeCreateItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateItemDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeUpdateItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateItemDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeRestock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestockDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeAddSlot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlotDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeListRedemptions: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "reserved" | "fulfilled" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeRedeem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; OUT_OF_STOCK: not enough stock or places left; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "OUT_OF_STOCK" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeLookUp: {
        parameters: {
            query: {
                pickupCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelRedemptionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeInspectCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardTokenDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardHolderView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeCounter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterRedeemDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; OUT_OF_STOCK: not enough stock or places left; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "OUT_OF_STOCK" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeMine: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "reserved" | "fulfilled" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    storeCard: {
        parameters: {
            query?: {
                format?: "json" | "png" | "svg";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card, or its QR with ?format=png|svg */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardView"];
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursList: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActivityView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateActivityDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursSignups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupList"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursSignUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActivityView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursCode: {
        parameters: {
            query?: {
                format?: "json" | "png" | "svg";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code, or its QR with ?format=png|svg */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeView"];
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursCheckIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursCheckOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursAttendances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceList"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursMark: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAttendanceDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApproveAttendanceDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursListRecords: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursCreateRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceRecordDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursMyRecords: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursApproveRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApproveRecordDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursRejectRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceHoursMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursView"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordCorrectionsMine: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "pending" | "accepted" | "refused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordCorrectionsRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCorrectionDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordCorrectionsOfCommunity: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "pending" | "accepted" | "refused";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordCorrectionsAccept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DecideCorrectionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; INSUFFICIENT_POINTS: the balance does not cover the price; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "INSUFFICIENT_POINTS" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordCorrectionsRefuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DecideCorrectionDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceRecordMine: {
        parameters: {
            query?: {
                /** @description Only this year’s lines (totals stay whole) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerRecordView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceRecordOverdue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    serviceRecordOfMember: {
        parameters: {
            query?: {
                /** @description Only this year’s lines (totals stay whole) */
                year?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerRecordView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    certificatesMine: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "valid" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    certificatesIssueMine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificateDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    certificatesOfMember: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "valid" | "revoked";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    certificatesIssueFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificateDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this; LIMIT_EXCEEDED: a cap or per-member limit would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE" | "LIMIT_EXCEEDED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    certificatesOfCommunity: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "valid" | "revoked";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    certificatesPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    certificatesCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VC-JWT */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vc+jwt": string;
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    certificatesRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    publicCertificatesVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The verification code, in any case, with or without dashes */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCertificateView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsRatings: {
        parameters: {
            query: {
                /** @description A month, YYYY-MM, in the community time zone */
                period: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridRatingsView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsFreeze: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridRatingsView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsReopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridRatingsView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsRatingConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingConfigDto"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsSetRatingConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingConfigDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingConfigDto"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsDashboard: {
        parameters: {
            query: {
                /** @description First day, inclusive (community time zone) */
                from: string;
                /** @description Last day, inclusive */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsLeaderboard: {
        parameters: {
            query: {
                /** @description A month, YYYY-MM, in the community time zone */
                period: string;
                metric: "points" | "hours";
                /** @description How many (default 20) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsExport: {
        parameters: {
            query: {
                /** @description First day, inclusive (community time zone) */
                from: string;
                /** @description Last day, inclusive */
                to: string;
                /** @description codes: stable machine headers, ids and ISO 8601 UTC times; by default Chinese headers, names and local times */
                headers?: "codes";
            };
            header?: never;
            path: {
                id: string;
                file: "wishes.csv" | "wishes.xlsx" | "hours.csv" | "hours.xlsx" | "points-entries.csv" | "points-entries.xlsx" | "redemptions.csv" | "redemptions.xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (CSV: UTF-8 with BOM; formula cells neutralised in both) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportsAudit: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                action?: string;
                targetType?: string;
                targetId?: string;
                actorId?: string;
                /** @description From this day (community time zone) */
                from?: string;
                /** @description Up to this day, inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notificationsList: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Only the unread ones */
                unread?: "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notificationsMarkRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkReadDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkReadResult"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notificationsStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notificationsPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesView"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notificationsSetPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    webhooksList: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    webhooksCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    webhooksRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    webhooksUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            /** @description With `secret` when a new one was set */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    webhooksDeliveries: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                status?: "pending" | "sent" | "dead";
            };
            header?: never;
            path: {
                id: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    webhooksRedeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                webhookId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    phoneProofSend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneCodeSentView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    phoneProofConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneCodeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneProofView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description RATE_LIMITED: too many requests or wrong codes; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 429;
                        /** @enum {unknown} */
                        code?: "RATE_LIMITED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    phoneProofConfirmByStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a request safely: the same key from the same caller has one effect and gets the first answer again (with `Idempotent-Replay: true`); the same key with another request is 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Present when this is the stored answer to an earlier request with the key */
                    "Idempotent-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneProofView"];
                };
            };
            /** @description VALIDATION_FAILED: the request is malformed: `details` names each field and what is wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 400;
                        /** @enum {unknown} */
                        code?: "VALIDATION_FAILED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token (missing, expired, revoked) or wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 401;
                        /** @enum {unknown} */
                        code?: "UNAUTHENTICATED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: your roles, or your part in this object, do not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 403;
                        /** @enum {unknown} */
                        code?: "FORBIDDEN";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description NOT_FOUND: no such object in your community */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 404;
                        /** @enum {unknown} */
                        code?: "NOT_FOUND";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONFLICT: the object exists already, or the same Idempotency-Key is still in flight; INVALID_STATE: the object is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 409;
                        /** @enum {unknown} */
                        code?: "CONFLICT" | "INVALID_STATE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 413;
                        /** @enum {unknown} */
                        code?: "PAYLOAD_TOO_LARGE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 415;
                        /** @enum {unknown} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 422;
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description INTERNAL: an unexpected error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 500;
                        /** @enum {unknown} */
                        code?: "INTERNAL";
                    } & components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode?: 503;
                        /** @enum {unknown} */
                        code?: "SERVICE_UNAVAILABLE";
                    } & components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
