import { AuthUser, isPlatformAdmin } from 'src/common/auth-user';
import { WishView } from 'src/wishes/dto/wish.dto';
import type { Wish } from 'src/wishes/entities/wish.entity';
import { maskAddress, maskPhone } from 'src/common/privacy';

/** Grid workers and admins review, dispatch and see every wish of their community. */
export const isWishStaff = (user: AuthUser): boolean =>
  isPlatformAdmin(user) ||
  user.roles.includes('grid_worker') ||
  user.roles.includes('community_admin');

export const isOwner = (user: AuthUser, wish: Wish): boolean => wish.ownerId === user.id;
export const isClaimer = (user: AuthUser, wish: Wish): boolean => wish.claimerId === user.id;

/** Who may see a wish at all: staff, its owner, its claimer, and the community's volunteers. */
export const canView = (user: AuthUser, wish: Wish): boolean =>
  isWishStaff(user) ||
  isOwner(user, wish) ||
  isClaimer(user, wish) ||
  user.roles.includes('volunteer');

/** Owner, claimer and staff see the contact details whole; everyone else sees them masked. */
export const seesContact = (user: AuthUser, wish: Wish): boolean =>
  isWishStaff(user) || isOwner(user, wish) || isClaimer(user, wish);

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const OPEN_STATES = new Set(['pending_review', 'open', 'claimed']);

/**
 * The view of a wish. The tracking code is never in it: it is the resident's secret, shown once
 * to whoever posted by QR, and a staff member who knew it could rate help in the resident's
 * name (staff record ratings on the resident's behalf through their own, audited route).
 */
export function toWishView(wish: Wish, viewer: AuthUser | null, now = new Date()): WishView {
  const whole = viewer ? seesContact(viewer, wish) : false;
  return {
    id: wish.id,
    communityId: wish.communityId,
    gridId: wish.gridId,
    status: wish.status,
    title: wish.title,
    description: wish.description,
    category: wish.category,
    urgency: wish.urgency,
    dueAt: wish.dueAt.toISOString(),
    overdue: OPEN_STATES.has(wish.status) && wish.dueAt.getTime() < now.getTime(),
    source: wish.source,
    contactName: wish.contactName,
    contactPhone: whole ? wish.contactPhone : maskPhone(wish.contactPhone),
    address: wish.address === null ? null : whole ? wish.address : maskAddress(wish.address),
    ownerId: wish.ownerId,
    submittedBy: wish.submittedBy,
    claimerId: wish.claimerId,
    reason: wish.reason,
    completionNote: wish.completionNote,
    rating: wish.rating,
    feedbackAuto: wish.feedbackAuto,
    closedOnTime: wish.closedOnTime,
    pointsAwarded: wish.pointsAwarded,
    awardFlag: wish.awardFlag,
    followUpOpen: wish.followUpOpen,
    createdAt: wish.createdAt.toISOString(),
    approvedAt: iso(wish.approvedAt),
    claimedAt: iso(wish.claimedAt),
    completedAt: iso(wish.completedAt),
    closedAt: iso(wish.closedAt),
  };
}
