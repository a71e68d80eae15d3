//! The rating form for a signed-in citizen: 1 to 5 stars as radio buttons in a fieldset, an
//! optional aspect the rating mostly reflects, posted plainly (no script needed). A rating given
//! before is shown and preselected, and sending again replaces it.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::ratings::star_glyphs;
use crate::i18n::{current_locale, t, t_args, t_count};
use crate::model::{OwnRating, RatingDimension};

fn dimension_label(dimension: RatingDimension) -> String {
    t(&format!("rating-dimension-{}", dimension.code()))
}

#[component]
pub fn RateForm(slug: String, mine: Option<OwnRating>) -> impl IntoView {
    let locale = current_locale();
    let chosen = mine.map(|rating| rating.stars);
    let chosen_dimension = mine.and_then(|rating| rating.dimension);
    let yours = mine.map(|rating| {
        let stars = FluentValue::from(t_count("rating-stars", u64::from(rating.stars)));
        match rating.dimension {
            Some(dimension) => t_args(
                "rating-yours-about",
                &[
                    ("stars", stars),
                    ("dimension", FluentValue::from(dimension_label(dimension))),
                ],
            ),
            None => t_args("rating-yours", &[("stars", stars)]),
        }
    });
    let options = (1..=5u8)
        .map(|stars| {
            let id = format!("rating-stars-{stars}");
            view! {
                <div class="star-option">
                    <input type="radio" id=id.clone() name="stars" value=stars.to_string()
                        required=true checked={chosen == Some(stars)}/>
                    <label for=id>
                        <span class="stars" aria-hidden="true">{star_glyphs(f64::from(stars))}</span>" "
                        {t(&format!("rating-star-{stars}"))}
                    </label>
                </div>
            }
        })
        .collect_view();
    let dimensions = RatingDimension::ALL
        .into_iter()
        .map(|dimension| {
            view! {
                <option value=dimension.code() selected={chosen_dimension == Some(dimension)}>
                    {dimension_label(dimension)}
                </option>
            }
        })
        .collect_view();
    let (legend, submit) = if mine.is_some() {
        (t("rating-form-legend-change"), t("rating-submit-change"))
    } else {
        (t("rating-form-legend"), t("rating-submit"))
    };
    view! {
        {yours.map(|text| view! { <p class="rating-yours">{text}</p> })}
        <form class="rate-form" method="post" action=format!("/{}/ratings", locale.code())>
            <input type="hidden" name="service" value=slug/>
            <fieldset class="star-options">
                <legend>{legend}</legend>
                {options}
            </fieldset>
            <div class="field">
                <label for="rating-dimension">{t("rating-dimension-label")}</label>
                <select id="rating-dimension" name="dimension">
                    <option value="" selected={chosen_dimension.is_none()}>{t("rating-dimension-none")}</option>
                    {dimensions}
                </select>
            </div>
            <button type="submit" class="button primary">{submit}</button>
        </form>
    }
}
